package org.chainatlas.registry.assembly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.chainatlas.api.AtlasChange;
import org.chainatlas.api.AtlasChange.Kind;
import org.chainatlas.api.AtlasChange.Subject;
import org.chainatlas.api.AtlasSnapshot;
import org.chainatlas.api.DatasetDiff;
import org.chainatlas.api.DatasetStatus;
import org.chainatlas.api.EntryQuery;
import org.chainatlas.api.LoadProblem;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Lang;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Text;
import org.chainatlas.registry.diff.DocumentDiff;

/** What changed between two snapshots, one line per layer, dataset or load problem, in zh and en. */
public final class Changes {
    private Changes() {
    }

    public static List<AtlasChange> between(AtlasSnapshot before, AtlasSnapshot after) {
        List<AtlasChange> changes = new ArrayList<>();
        diff(byId(before.layers(), Layer::id), byId(after.layers(), Layer::id),
                (kind, old, now) -> changes.add(layer(kind, old, now, before, after)));
        diff(byId(before.datasets(), DatasetStatus::id), byId(after.datasets(), DatasetStatus::id),
                (kind, old, now) -> changes.add(dataset(kind, old, now, after, counts(kind, old, before, after))));
        after.problems().stream().filter(p -> !before.problems().contains(p)).forEach(p -> changes.add(problem(p)));
        return changes;
    }

    private interface Sink<T> {
        void accept(Kind kind, T before, T after);
    }

    private static <T> void diff(Map<String, T> before, Map<String, T> after, Sink<T> sink) {
        after.forEach((id, now) -> {
            T old = before.get(id);
            if (old == null) {
                sink.accept(Kind.ADDED, null, now);
            } else if (!Objects.equals(old, now)) {
                sink.accept(Kind.UPDATED, old, now);
            }
        });
        before.forEach((id, old) -> {
            if (!after.containsKey(id)) {
                sink.accept(Kind.REMOVED, old, null);
            }
        });
    }

    private static AtlasChange layer(Kind kind, Layer old, Layer now, AtlasSnapshot before, AtlasSnapshot after) {
        Layer layer = now != null ? now : old;
        String label = layer.id() + " " + layer.name().get(Lang.ZH) + " / " + layer.name().get(Lang.EN)
                + " (rank " + layer.rank() + ")";
        int attached = count(after, layer.id()) - count(before, layer.id());
        String en;
        String zh;
        switch (kind) {
            case ADDED -> {
                en = "+ layer " + label + (attached > 0 ? ": " + attached + (attached == 1 ? " pending entry" : " pending entries") + " attached" : "");
                zh = "+ 层 " + label + (attached > 0 ? "：" + attached + " 个待定条目已归位" : "");
            }
            case REMOVED -> {
                int waiting = count(before, layer.id());
                en = "- layer " + label + (waiting > 0 ? ": " + waiting + " entries now pending" : "");
                zh = "- 层 " + label + (waiting > 0 ? "：" + waiting + " 个条目转为待定" : "");
            }
            default -> {
                en = "~ layer " + label + " changed";
                zh = "~ 层 " + label + " 已更新";
            }
        }
        return new AtlasChange(kind, Subject.LAYER, layer.id(), null, new Text(zh, en));
    }

    private static int count(AtlasSnapshot snapshot, String layerId) {
        return (int) snapshot.entries().stream().filter(e -> e.layer().equals(layerId)).count();
    }

    /**
     * "(+3 −1 ~2)": the entries an update added, removed and changed, where its document changed;
     * empty where only the atlas around it did (a layer arrived, an entry attached).
     */
    private static String counts(Kind kind, DatasetStatus status, AtlasSnapshot before, AtlasSnapshot after) {
        if (kind != Kind.UPDATED) {
            return "";
        }
        DatasetDocument old = document(before, status.id());
        DatasetDocument now = document(after, status.id());
        if (old == null || now == null || old == now) {
            return "";
        }
        DatasetDiff diff = DocumentDiff.between(status.id(), old, status.id(), now);
        return diff.identical() ? "" : " (" + diff.section(DatasetDiff.ENTRIES).counts() + ")";
    }

    private static DatasetDocument document(AtlasSnapshot snapshot, String id) {
        return snapshot.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    private static AtlasChange dataset(Kind kind, DatasetStatus old, DatasetStatus now, AtlasSnapshot after,
                                       String counts) {
        DatasetStatus status = now != null ? now : old;
        String version = kind == Kind.UPDATED && !old.version().equals(now.version())
                ? old.version() + " → " + now.version() : status.version();
        String en;
        String zh;
        if (kind == Kind.REMOVED) {
            en = "- dataset " + status.id() + " " + version + " (" + status.entries() + " entries)";
            zh = "- 数据集 " + status.id() + " " + version + "（" + status.entries() + " 个条目）";
        } else {
            long layers = after.list(new EntryQuery(null, List.of(), null, status.id())).stream()
                    .map(e -> e.layer()).distinct().count();
            String pending = status.pending() == 0 ? "" : ", " + status.pending() + " pending: "
                    + String.join("; ", status.pendingReasons());
            String pendingZh = status.pending() == 0 ? "" : "，" + status.pending() + " 个待定："
                    + String.join("；", status.pendingWhy().stream().map(t -> t.get(org.chainatlas.api.model.Lang.ZH)).toList());
            String sign = kind == Kind.ADDED ? "+" : "~";
            en = sign + " dataset " + status.id() + " " + version + ": " + status.entries() + " entries" + counts
                    + " in " + layers + (layers == 1 ? " layer" : " layers") + pending;
            zh = sign + " 数据集 " + status.id() + " " + version + "：" + status.entries() + " 个条目" + counts + "，分布于 "
                    + layers + " 个层" + pendingZh;
        }
        return new AtlasChange(kind, Subject.DATASET, status.id(), status.version(), new Text(zh, en));
    }

    private static AtlasChange problem(LoadProblem p) {
        String where = p.bundle() + (p.resource() == null ? "" : " " + p.resource());
        return new AtlasChange(Kind.ADDED, Subject.PROBLEM, p.bundle(), null,
                new Text("! " + where + " 未加载：" + p.message(), "! " + where + " not loaded: " + p.message()));
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(id.apply(i), i));
        return map;
    }
}
