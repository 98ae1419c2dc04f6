package org.chainatlas.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule for what a layer or dataset bundle may hold: data, and what reads it. */
class AdmissionTest {

    @Test
    void dataRequiresOnlyTheExtenderThatReadsIt() {
        assertNull(notData(Map.of("Require-Capability",
                "osgi.extender;filter:=\"(&(osgi.extender=org.chainatlas.dataset)(version>=1.0))\"")), "a packed dataset");
        assertNull(notData(Map.of("Require-Capability", "osgi.ee;filter:=\"(osgi.ee=JavaSE)\",osgi.extender;"
                + "filter:=\"(osgi.extender=org.chainatlas.layer)\"")));
        assertEquals("requires osgi.wiring.package, which data never needs", notData(Map.of("Require-Capability",
                "osgi.extender;filter:=\"(osgi.extender=a,b)\",osgi.wiring.package;filter:=\"(osgi.wiring.package=x)\"")));
    }

    @Test
    void codeImportsAndClassesAreNotData() {
        assertEquals("has a Bundle-Activator header", notData(Map.of("Bundle-Activator", "x.P")));
        assertEquals("has a Fragment-Host header", notData(Map.of("Fragment-Host", "org.chainatlas.registry")));
        assertEquals("has an Import-Package header (data imports nothing)", notData(Map.of("Import-Package", "x")));
        assertEquals("has a Require-Bundle header (data imports nothing)", notData(Map.of("Require-Bundle", "x")));
        assertEquals("carries classes", Admission.notData(h -> null, true));
        assertNull(notData(Map.of("Bundle-Name", "Data")));
    }

    private static String notData(Map<String, String> headers) {
        return Admission.notData(headers::get, false);
    }
}
