package org.chainatlas.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.chainatlas.api.model.Place;
import org.chainatlas.api.model.Text;
import org.junit.jupiter.api.Test;

class PlaceTreeTest {

    @Test
    void listsChildrenRightUnderTheirParentWithDepth() {
        FakeSnapshot snapshot = Fixture.snapshot();
        List<PlaceTree.Row> rows = PlaceTree.rows(snapshot.places(), snapshot.entries());
        assertEquals(List.of("yrd:0", "shanghai:1", "jingan:2", "zhejiang:1", "jiangsu:1"),
                rows.stream().map(r -> r.place().id() + ":" + r.depth()).toList());
    }

    @Test
    void countsEntriesInAPlaceOrBelowItOnce() {
        FakeSnapshot snapshot = Fixture.snapshot();
        // ant-chain is in Zhejiang; cflp is in Jing'an and in Shanghai, which encloses Jing'an.
        Map<String, Integer> counts = PlaceTree.rows(snapshot.places(), snapshot.entries()).stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.place().id(), PlaceTree.Row::entries));
        assertEquals(Map.of("yrd", 2, "shanghai", 1, "jingan", 1, "zhejiang", 1, "jiangsu", 0), counts);
    }

    @Test
    void survivesAParentCycle() {
        Place a = new Place("a", Text.of("甲", "A"), null, "b", null);
        Place b = new Place("b", Text.of("乙", "B"), null, "a", null);
        assertEquals(2, PlaceTree.rows(List.of(a, b), List.of()).size());
    }
}
