package org.chainatlas.registry.internal;

import java.util.Optional;
import java.util.jar.Attributes;
import org.chainatlas.registry.format.DataOnly;
import org.chainatlas.registry.format.DatasetBundles;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The rules a bundle must meet before the framework sees it, each refusal one sentence:
 * <ol>
 * <li>the names of the framework and of every bundle the atlas is made of are reserved;</li>
 * <li>a layer or dataset bundle is data: no code (see {@link DataOnly}), nothing imported, nothing
 *     required but the extender that reads it;</li>
 * <li>any other bundle is code, let in only when the user asked for code explicitly.</li>
 * </ol>
 */
final class Admission {
    /**
     * Location prefix of the bundles the launcher installs from the distribution's bundle/: the
     * framework's services, the console, the built-in layers and map. They are the atlas itself.
     */
    static final String BUILT_IN_LOCATION = "chainatlas:bundle/";
    /** What a data bundle may require: the extender that reads it and an execution environment. */
    private static final java.util.regex.Pattern HARMLESS_REQUIREMENT =
            java.util.regex.Pattern.compile("\\s*(osgi\\.extender|osgi\\.ee)\\s*;.*", java.util.regex.Pattern.DOTALL);

    /** OSGi's symbolic-name grammar: tokens joined by dots. */
    private static final java.util.regex.Pattern SYMBOLIC_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    private final BundleContext context;

    Admission(BundleContext context) {
        this.context = context;
    }

    /** Whether {@code bundle} is part of the atlas itself: the framework or one installed from bundle/. */
    static boolean builtIn(Bundle bundle) {
        return bundle.getBundleId() == 0 || bundle.getLocation().startsWith(BUILT_IN_LOCATION);
    }

    /** The built-in bundle that owns {@code symbolicName}, if any. */
    Optional<Bundle> owner(String symbolicName) {
        if ("system.bundle".equals(symbolicName)) {
            return Optional.of(context.getBundle(0));
        }
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName()) && builtIn(b)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Why {@code symbolicName} may not be installed, updated or uninstalled through the atlas, or null. */
    String reserved(String symbolicName) {
        return owner(symbolicName).map(b -> "'" + symbolicName + "' is the symbolic name of "
                + Optional.ofNullable(b.getHeaders("").get("Bundle-Name")).orElse(symbolicName)
                + ", part of the atlas itself: a bundle cannot replace or remove it; give yours a name of its own").orElse(null);
    }

    /**
     * Why {@code arrival} (a bundle) may not be installed, or null.
     *
     * @param allowCode   whether the user asked for code explicitly
     * @param howToAllow  how to ask, for the refusal: an option or a setting
     */
    String refusal(Arrival arrival, boolean allowCode, String howToAllow) {
        String symbolicName = arrival.symbolicName();
        if (symbolicName == null) {
            return "'" + arrival.name() + "' is not an OSGi bundle: its manifest has no Bundle-SymbolicName";
        }
        if (!SYMBOLIC_NAME.matcher(symbolicName).matches()) {
            return "'" + arrival.name() + "' has the symbolic name '" + symbolicName + "', which is not one: letters, digits,"
                    + " '_' and '-', in parts joined by '.'";
        }
        String reserved = reserved(symbolicName);
        if (reserved != null) {
            return reserved;
        }
        Attributes manifest = arrival.manifest();
        String kind = arrival.dataKind();
        if (kind == null) {
            if (allowCode) {
                return null;
            }
            String code = DataOnly.codeIn(manifest::getValue, arrival.classes());
            return "'" + arrival.name() + "' is not a layer or dataset bundle but " + (code == null ? "a plain bundle"
                    : "code (it " + code + ")") + "; the atlas installs code only when asked: " + howToAllow;
        }
        String notData = notData(manifest::getValue, arrival.classes());
        if (notData != null) {
            return "'" + arrival.name() + "' is a " + kind + " bundle, which must hold data only, but it " + notData
                    + "; nothing was installed";
        }
        if (arrival.json() == null) {
            return "'" + arrival.name() + "' names " + manifest.getValue(Intake.DATASET.equals(kind) ? DatasetBundles.HEADER
                    : DatasetBundles.LAYER_HEADER).strip() + " in its manifest, which is not in the bundle";
        }
        return null;
    }

    /** Why a layer or dataset bundle is more than data, or null: code, imports, or requirements. */
    static String notData(java.util.function.Function<String, String> header, boolean classes) {
        String code = DataOnly.codeIn(header, classes);
        if (code != null) {
            return code;
        }
        for (String imports : new String[] {"Import-Package", "Require-Bundle"}) {
            String value = header.apply(imports);
            if (value != null && !value.isBlank()) {
                return "has " + ("Import-Package".equals(imports) ? "an " : "a ") + imports + " header (data imports nothing)";
            }
        }
        String required = header.apply("Require-Capability");
        if (required != null) {
            for (String requirement : required.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                if (!requirement.isBlank() && !HARMLESS_REQUIREMENT.matcher(requirement).matches()) {
                    return "requires " + requirement.strip().split(";")[0] + ", which data never needs";
                }
            }
        }
        return null;
    }
}
