package org.chainatlas.registry.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainatlas.api.Problem;
import org.chainatlas.api.model.Category;
import org.chainatlas.api.model.DatasetDocument;
import org.chainatlas.api.model.Entry;
import org.chainatlas.api.model.Facet;
import org.chainatlas.api.model.Figure;
import org.chainatlas.api.model.Layer;
import org.chainatlas.api.model.Place;

/**
 * What a readable dataset must also satisfy before it touches the atlas: its layer, facet and
 * category ids exist (a layer that is not installed only warns: its entries wait as pending),
 * place codes agree with their parents, and figures agree with each other.
 */
public final class DatasetChecks {
    private final DatasetDocument document;
    private final Map<String, Layer> layers = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private DatasetChecks(DatasetDocument document, List<Layer> installed) {
        this.document = document;
        // The document's own contributed categories count: its entries may sit in them.
        CategoryContributions.Merged merged = CategoryContributions.merge(installed, List.of(document));
        for (Layer l : merged.layers()) {
            layers.put(l.id(), l);
        }
        for (CategoryContributions.Refusal refusal : merged.refused()) {
            problems.add(Problem.error("$.categories[" + refusal.index() + "]", refusal.message()));
        }
    }

    /** Problems with JSON paths (not yet positions), in document order. */
    public static List<Problem> check(DatasetDocument document, List<Layer> installed) {
        return check(document, installed, List.of());
    }

    /**
     * @param installedPlaces the places installed datasets define: this document may use an id of
     *                        theirs only with the same meaning (its own earlier version is not among them)
     */
    public static List<Problem> check(DatasetDocument document, List<Layer> installed, List<OwnedPlace> installedPlaces) {
        DatasetChecks checks = new DatasetChecks(document, installed);
        checks.places();
        checks.sharedPlaces(installedPlaces);
        checks.contributions();
        checks.entries();
        checks.figures();
        return checks.problems;
    }

    private void places() {
        Map<String, Place> byId = new HashMap<>();
        for (Place p : document.places()) {
            byId.put(p.id(), p);
        }
        for (int i = 0; i < document.places().size(); i++) {
            Place place = document.places().get(i);
            Place parent = place.parent() == null ? null : byId.get(place.parent());
            if (cycles(place, byId)) {
                // The cycle is the fault; a code "outside its parent" on it would only be its echo.
                problems.add(Problem.error("$.places[" + i + "].parent", "place '" + place.id()
                        + "' is its own ancestor; parents must form a tree"));
            } else if (parent != null && place.code() != null && parent.code() != null
                    && !GbCodes.within(place.code(), parent.code())) {
                problems.add(Problem.error("$.places[" + i + "].code", "code " + place.code() + " of '" + place.id()
                        + "' does not lie within its parent '" + parent.id() + "' (" + parent.code() + ")"));
            }
        }
    }

    /** A place id another dataset defines must mean the same place here: name, code and parent. */
    private void sharedPlaces(List<OwnedPlace> installedPlaces) {
        Map<String, OwnedPlace> owners = new HashMap<>();
        for (OwnedPlace p : installedPlaces) {
            if (!p.dataset().equals(document.id())) {
                owners.putIfAbsent(p.place().id(), p);
            }
        }
        for (int i = 0; i < document.places().size(); i++) {
            Place place = document.places().get(i);
            OwnedPlace owner = owners.get(place.id());
            if (owner != null && !owner.sameMeaning(place)) {
                problems.add(Problem.error("$.places[" + i + "]", "place '" + place.id() + "' is "
                        + owner.describe() + " in dataset " + owner.dataset() + ", but "
                        + new OwnedPlace(place, document.id()).describe() + " here; a place id has one meaning in the"
                        + " atlas: define it as " + owner.dataset() + " does, or give yours another id"));
            }
        }
    }

    private static boolean cycles(Place start, Map<String, Place> byId) {
        Place p = start;
        for (int steps = 0; p != null && p.parent() != null; steps++) {
            if (p.parent().equals(start.id()) || steps > byId.size()) {
                return true;
            }
            p = byId.get(p.parent());
        }
        return false;
    }

    /** A contribution to a layer that is not installed waits, like the entries of that layer. */
    private void contributions() {
        for (int i = 0; i < document.categories().size(); i++) {
            String layer = document.categories().get(i).layer();
            if (!layers.containsKey(layer)) {
                problems.add(new Problem(Problem.Severity.WARNING, null, 0, 0, "$.categories[" + i + "].layer",
                        "layer '" + layer + "' is not installed" + didYouMean(layer, layers.keySet())
                                + "; this category will be added when it is" + installedLayers()));
            }
        }
    }

    private void entries() {
        Map<String, Integer> unknownLayers = new HashMap<>();
        for (int i = 0; i < document.entries().size(); i++) {
            Entry entry = document.entries().get(i);
            String path = "$.entries[" + i + "]";
            Layer layer = layers.get(entry.layer());
            if (layer == null) {
                if (unknownLayers.put(entry.layer(), 1) == null) {
                    problems.add(new Problem(Problem.Severity.WARNING, null, 0, 0, path + ".layer",
                            "layer '" + entry.layer() + "' is not installed" + didYouMean(entry.layer(), layers.keySet())
                                    + "; its entries will wait as pending until it is" + installedLayers()));
                }
                continue;
            }
            for (Map.Entry<String, List<String>> assigned : entry.categories().entrySet()) {
                categories(path + ".categories." + assigned.getKey(), layer, assigned.getKey(), assigned.getValue());
            }
        }
    }

    private void categories(String path, Layer layer, String facetId, List<String> ids) {
        Optional<Facet> facet = layer.facet(facetId);
        if (facet.isEmpty()) {
            problems.add(Problem.error(path, "layer '" + layer.id() + "' has no facet '" + facetId + "'"
                    + didYouMean(facetId, layer.facets().stream().map(Facet::id).toList()) + "; facets: "
                    + String.join(", ", layer.facets().stream().map(Facet::id).toList())));
            return;
        }
        if (ids.size() > 1 && !facet.get().multiple()) {
            problems.add(Problem.error(path, "facet '" + facetId + "' of layer '" + layer.id()
                    + "' takes one category per entry, not " + ids.size()));
        }
        for (String id : ids) {
            if (facet.get().find(id).isEmpty()) {
                problems.add(Problem.error(path, "facet '" + facetId + "' of layer '" + layer.id()
                        + "' has no category '" + id + "'"
                        + didYouMean(id, facet.get().flatten().stream().map(Category::id).toList())
                        + "; categories: " + categoryIds(facet.get())
                        + " (a dataset may add its own under one of them: see \"categories\" in docs/datasets.md)"));
            }
        }
    }

    private void figures() {
        Map<String, Figure> wholes = new HashMap<>();
        for (Figure f : document.figures()) {
            if (f.isLayerTotal()) {
                wholes.putIfAbsent(f.layer(), f);
            }
        }
        for (int i = 0; i < document.figures().size(); i++) {
            Figure figure = document.figures().get(i);
            String path = "$.figures[" + i + "]";
            Layer layer = layers.get(figure.layer());
            if (layer != null && figure.facet() != null) {
                categories(path + ".category", layer, figure.facet(), List.of(figure.category()));
            }
            Figure whole = wholes.get(figure.layer());
            if (figure.share() != null && figure.place() == null && whole != null && whole.value() > 0) {
                Problem share = shareProblem(path + ".share", figure, whole);
                if (share != null) {
                    problems.add(share);
                }
            }
        }
        for (Figure whole : wholes.values()) {
            partsWithinWhole(whole);
        }
    }

    /** Within the source's rounding: fine (null); up to one point beyond it: a warning; more: an error. */
    private static Problem shareProblem(String path, Figure figure, Figure whole) {
        double computed = 100.0 * figure.value() / whole.value();
        double printed = figure.share();
        double tolerance = 0.5 * Math.pow(10, -Math.max(0, java.math.BigDecimal.valueOf(printed).stripTrailingZeros().scale())) + 1e-9;
        double off = Math.abs(printed - computed);
        if (off <= tolerance) {
            return null;
        }
        String message = "share " + printed + "% does not match " + figure.value() + "/" + whole.value() + " = "
                + String.format(java.util.Locale.ROOT, "%.1f", computed) + "%";
        return off <= tolerance + 1.0
                ? new Problem(Problem.Severity.WARNING, null, 0, 0, path, message + " (slightly off)")
                : Problem.error(path, message);
    }

    private void partsWithinWhole(Figure whole) {
        Layer layer = layers.get(whole.layer());
        if (layer == null) {
            return; // which figures are top-level parts is the layer's to say
        }
        Map<String, Long> byFacet = new HashMap<>();
        for (Figure f : document.figures()) {
            if (f.layer().equals(whole.layer()) && f.facet() != null && f.place() == null
                    && isTopLevel(layer, f.facet(), f.category())) {
                Long before = byFacet.get(f.facet());
                byFacet.put(f.facet(), before == null ? f.value() : before + f.value());
            }
        }
        for (Map.Entry<String, Long> facet : byFacet.entrySet()) {
            long sum = facet.getValue();
            if (sum > whole.value()) {
                int index = document.figures().indexOf(whole);
                problems.add(Problem.error("$.figures[" + index + "].value", "the figures of facet '" + facet.getKey()
                        + "' add up to " + sum + ", more than the layer total " + whole.value() + " of '" + whole.id() + "'"));
            }
        }
    }

    /** Whether {@code category} is a top-level category of the layer's facet. */
    private static boolean isTopLevel(Layer layer, String facetId, String category) {
        Optional<Facet> facet = layer.facet(facetId);
        if (facet.isEmpty()) {
            return false;
        }
        for (Category c : facet.get().categories()) {
            if (c.id().equals(category)) {
                return true;
            }
        }
        return false;
    }

    private static String didYouMean(String wrong, java.util.Collection<String> choices) {
        return org.chainatlas.registry.names.Suggest.closest(wrong, choices).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    private String installedLayers() {
        return layers.isEmpty() ? "" : " (installed: " + String.join(", ", layers.keySet().stream().sorted().toList()) + ")";
    }

    private static String categoryIds(Facet facet) {
        return String.join(", ", facet.flatten().stream().map(Category::id).toList());
    }
}
