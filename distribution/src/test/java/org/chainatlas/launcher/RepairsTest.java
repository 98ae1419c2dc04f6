package org.chainatlas.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RepairsTest {

    @Test
    void nothingRepairedSaysNothing() {
        Repairs repairs = new Repairs();
        assertTrue(repairs.isEmpty());
        assertEquals("", repairs.describe());
    }

    @Test
    void aFewRepairsAreNamedAndManyAreCounted() {
        Repairs repairs = new Repairs();
        repairs.started("org.apache.felix.scr");
        for (String name : new String[] {"a", "b", "c", "d"}) {
            repairs.reinstalled(name);
        }
        assertEquals("reinstalled 4 boot bundles from bundle/ and started 1 boot bundle left stopped (org.apache.felix.scr)",
                repairs.describe());
        assertEquals("reinstalled from bundle/: [a, b, c, d]; started: [org.apache.felix.scr]", repairs.describeInFull());
    }
}
