package org.chainatlas.exporters;

import org.chainatlas.api.Exporter;
import org.chainatlas.api.model.Text;
import org.osgi.service.component.annotations.Component;

/** The atlas as one self-contained, offline HTML page to explore: diagram, search, filters and statistics. */
@Component(service = Exporter.class, property = Exporter.FORMAT + "=" + HtmlExporter.FORMAT)
public final class HtmlExporter extends TextExporter {

    static final String FORMAT = "html";

    public HtmlExporter() {
        super(FORMAT, Text.of("可离线浏览的单个网页：架构图、搜索与筛选、含链接与备注的条目、统计表",
                "one self-contained page to explore offline: diagram, search and filters, entries with links and notes, statistics"));
    }

    @Override
    String render(Names names) {
        return HtmlPage.render(names);
    }
}
