package org.chainatlas.exporters;

import org.chainatlas.api.Exporter;
import org.chainatlas.api.model.Text;
import org.osgi.service.component.annotations.Component;

/** The architecture diagram as a standalone SVG file, sized for A4 landscape. */
@Component(service = Exporter.class, property = Exporter.FORMAT + "=" + SvgExporter.FORMAT)
public final class SvgExporter extends TextExporter {

    static final String FORMAT = "svg";

    public SvgExporter() {
        super(FORMAT, Text.of("生态架构图（SVG），按 A4 横向排版，可打印",
                "the ecosystem architecture diagram as SVG, laid out for printing on A4 landscape"));
    }

    @Override
    String render(Names names) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SvgDiagram.render(names);
    }
}
