package org.chainatlas.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** What the start found out of place among the boot bundles and put right, in one phrase for the user. */
final class Repairs {

    /** Beyond this many, a kind of repair is told by its count: the names are in the log. */
    private static final int NAMED = 3;

    private final TreeSet<String> reinstalled = new TreeSet<>();
    private final TreeSet<String> started = new TreeSet<>();

    /** Installed again from bundle/: the cache had lost it, or the last run had not recorded it. */
    void reinstalled(String symbolicName) {
        reinstalled.add(symbolicName);
    }

    /** Was installed but not marked to start, as a run killed between the two leaves it. */
    void started(String symbolicName) {
        started.add(symbolicName);
    }

    boolean isEmpty() {
        return reinstalled.isEmpty() && started.isEmpty();
    }

    /** "reinstalled 2 boot bundles from bundle/ (a, b) and started 1 that was left stopped (c)"; empty if nothing. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (!reinstalled.isEmpty()) {
            parts.add("reinstalled " + count(reinstalled) + " from bundle/" + names(reinstalled));
        }
        if (!started.isEmpty()) {
            parts.add("started " + count(started) + " left stopped" + names(started));
        }
        return String.join(" and ", parts);
    }

    /** Every name, for the log. */
    String describeInFull() {
        return "reinstalled from bundle/: " + reinstalled + "; started: " + started;
    }

    private static String count(TreeSet<String> names) {
        return names.size() + (names.size() == 1 ? " boot bundle" : " boot bundles");
    }

    private static String names(TreeSet<String> names) {
        return names.size() > NAMED ? "" : " (" + String.join(", ", names) + ")";
    }
}
