package org.chainatlas.bench;

/** The yardstick of {@link AttachMeasure}: a plain JVM that prints one line and exits. */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
