package org.chainatlas.shell;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.chainatlas.api.AtlasException;
import org.chainatlas.api.Exporter;
import org.osgi.framework.Constants;

/**
 * The exporters installed right now, as Declarative Services binds and unbinds them (a dynamic
 * reference, so a format appears and goes while the console runs). Where two exporters offer one
 * format, the one with the higher service ranking wins, then the one registered first.
 */
final class Exporters {

    private record Registration(Exporter exporter, int ranking, long serviceId) {
    }

    private static final Comparator<Registration> PREFERRED = Comparator
            .comparingInt(Registration::ranking).reversed()
            .thenComparingLong(Registration::serviceId);

    private final List<Registration> registrations = new CopyOnWriteArrayList<>();

    void add(Exporter exporter, Map<String, ?> properties) {
        registrations.add(new Registration(exporter, number(properties.get(Constants.SERVICE_RANKING)).intValue(),
                number(properties.get(Constants.SERVICE_ID)).longValue()));
    }

    void remove(Exporter exporter) {
        registrations.removeIf(r -> r.exporter() == exporter);
    }

    /** One exporter per format, by format name. */
    List<Exporter> installed() {
        Map<String, Exporter> byFormat = new LinkedHashMap<>();
        registrations.stream().sorted(PREFERRED)
                .forEach(r -> byFormat.putIfAbsent(key(r.exporter().format()), r.exporter()));
        return byFormat.values().stream().sorted(Comparator.comparing(e -> key(e.format()))).toList();
    }

    /** The exporter for {@code format} (any case), or a sentence naming the installed formats. */
    Exporter get(String format) {
        List<Exporter> installed = installed();
        return installed.stream().filter(e -> key(e.format()).equals(key(format))).findFirst()
                .orElseThrow(() -> new AtlasException("no export format '" + format + "'; " + (installed.isEmpty()
                        ? "no exporter is installed"
                        : "formats: " + String.join(", ", installed.stream().map(Exporter::format).toList()))));
    }

    private static String key(String format) {
        return format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : 0;
    }
}
