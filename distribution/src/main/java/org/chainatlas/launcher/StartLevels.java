package org.chainatlas.launcher;

import java.util.Map;

/**
 * Which bundle of bundle/ starts at which level, and how far the framework goes. {@code atlas -c}
 * stops at {@code beginning}, below the console (gogo.jline needs a terminal and is not wanted
 * without one); the console raises the framework to {@code console} once the atlas commands are
 * registered, so its first command is never "not found" (docs/osgi-pitfalls.md, pitfall 4).
 *
 * @param byName    start level by symbolic name, or by a prefix of it that ends before a dot;
 *                  the longest match wins and a bundle that matches nothing gets level 1
 * @param beginning the framework's level without a console
 * @param console   the framework's level with the console
 */
record StartLevels(Map<String, Integer> byName, int beginning, int console) {

    static final String PREFIX = "chainatlas.startlevel.";
    static final String BEGINNING = "org.osgi.framework.startlevel.beginning";
    static final String CONSOLE = "chainatlas.console.startlevel";

    StartLevels {
        byName = Map.copyOf(byName);
    }

    int of(String symbolicName) {
        String best = null;
        for (String name : byName.keySet()) {
            boolean matches = symbolicName.equals(name) || symbolicName.startsWith(name + ".");
            if (matches && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best == null ? 1 : byName.get(best);
    }
}
