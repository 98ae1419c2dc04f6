package org.chainatlas.registry.format;

/** GB/T 2260 codes nest: 32 0000 (province) ⊃ 32 05 00 (city) ⊃ 32 05 07 (district). */
final class GbCodes {
    private GbCodes() {
    }

    /** True when {@code code} lies within {@code parent}: it shares the parent's significant prefix. */
    static boolean within(String code, String parent) {
        String prefix = parent.endsWith("0000") ? parent.substring(0, 2)
                : parent.endsWith("00") ? parent.substring(0, 4) : parent;
        return code.startsWith(prefix) && !code.equals(parent);
    }
}
