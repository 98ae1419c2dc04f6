package org.chainatlas.registry.format;

import java.util.function.Function;

/**
 * The one rule for what makes a layer or dataset bundle more than data: anything the framework or
 * a Declarative Services runtime would run or load for it. Checked on a jar's manifest before it
 * is installed, and on a bundle the extender meets however it was installed.
 */
public final class DataOnly {

    /** Manifest headers that make the framework (or SCR) run or load something of the bundle's. */
    private static final String[] CODE_HEADERS = {"Bundle-Activator", "Service-Component", "Bundle-NativeCode",
        "Fragment-Host", "Bundle-ClassPath", "Export-Package", "DynamicImport-Package"};

    private DataOnly() {
    }

    /**
     * Why a bundle is not data only, or null if it is.
     *
     * @param header     a manifest header's value by name (null where absent)
     * @param hasClasses whether the jar holds any .class file
     */
    public static String codeIn(Function<String, String> header, boolean hasClasses) {
        for (String name : CODE_HEADERS) {
            String value = header.apply(name);
            if (value != null && !value.isBlank()) {
                return "has a " + name + " header";
            }
        }
        return hasClasses ? "carries classes" : null;
    }
}
