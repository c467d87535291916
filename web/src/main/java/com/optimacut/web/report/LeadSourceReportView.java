package com.optimacut.web.report;

import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.inquiry.ConversionReport;
import com.optimacut.ejb.inquiry.InquiryService;
import com.optimacut.ejb.inquiry.LeadSourceConversion;
import com.optimacut.ejb.report.LeadSourceRevenue;
import com.optimacut.ejb.report.RevenueReport;
import com.optimacut.ejb.report.RevenueReportService;
import com.optimacut.web.FacesMessages;
import com.optimacut.web.i18n.LocaleView;
import com.optimacut.web.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.ToLongFunction;

/**
 * «Источники клиентов»: for a period, the projects and revenue by lead source
 * ({@link RevenueReportService}), and the inquiries by lead source, how many became projects and
 * how many were refused (by reason), each as a bar chart and a table.
 */
@Named
@ViewScoped
public class LeadSourceReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InquiryService inquiries;

    @Inject
    private RevenueReportService revenueReports;

    @Inject
    private LocaleView localeView;

    private LocalDate from = LocalDate.now().withDayOfMonth(1);
    private LocalDate to = LocalDate.now();
    private ConversionReport report;
    private String chart;
    private RevenueReport revenue;
    private String revenueChart;

    /** Builds both reports for the period, both days included, in the server's time zone. */
    public void show() {
        ZoneId zone = ZoneId.systemDefault();
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        try {
            revenue = revenueReports.revenueByLeadSource(start, end);
            revenueChart = revenueChartJson(revenue);
            report = inquiries.conversion(start, end);
            chart = chartJson(report);
        } catch (BusinessException e) {
            revenue = null;
            revenueChart = null;
            report = null;
            chart = null;
            FacesMessages.rejected("reportForm:to", e);
        }
    }

    /**
     * Returns the Chart.js configuration of the revenue chart: revenue in roubles as bars on the
     * left axis, and the new and closed projects as lines on the right axis.
     */
    private String revenueChartJson(RevenueReport revenue) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder amounts = Json.createArrayBuilder();
        JsonArrayBuilder created = Json.createArrayBuilder();
        JsonArrayBuilder closed = Json.createArrayBuilder();
        for (LeadSourceRevenue row : revenue.bySource()) {
            labels.add(revenueSourceName(row));
            amounts.add(row.revenue());
            created.add(row.newProjects());
            closed.add(row.closedProjects());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "bar").add("label", text("report.revenue"))
                        .add("backgroundColor", "#2f6f3e").add("yAxisID", "money").add("data", amounts))
                .add(Json.createObjectBuilder().add("type", "line").add("label", text("report.newProjects"))
                        .add("borderColor", "#184a90").add("backgroundColor", "#184a90")
                        .add("yAxisID", "count").add("data", created))
                .add(Json.createObjectBuilder().add("type", "line").add("label", text("report.closedProjects"))
                        .add("borderColor", "#5b2a8c").add("backgroundColor", "#5b2a8c")
                        .add("yAxisID", "count").add("data", closed));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("locale", localeView.getLocale().toLanguageTag())
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder()
                        .add("money", Json.createObjectBuilder().add("type", "linear").add("position", "left")
                                .add("beginAtZero", true))
                        .add("count", Json.createObjectBuilder().add("type", "linear").add("position", "right")
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0))
                                .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }

    /** Returns the Chart.js configuration of the bar chart that {@code p:chart} renders. */
    private String chartJson(ConversionReport report) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (LeadSourceConversion row : report.bySource()) {
            labels.add(sourceName(row));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(report, text("report.becameProject"), "#2f6f3e", c -> c.counts().becameProject()))
                .add(dataset(report, text("report.refused"), "#a61b1b", c -> c.counts().refused()))
                .add(dataset(report, text("report.open"), "#7b8794", c -> c.counts().open()));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("locale", localeView.getLocale().toLanguageTag())
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", true))
                        .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }

    private static JsonObjectBuilder dataset(ConversionReport report, String label, String colour,
            ToLongFunction<LeadSourceConversion> count) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        report.bySource().forEach(row -> data.add(count.applyAsLong(row)));
        return Json.createObjectBuilder().add("label", label).add("backgroundColor", colour).add("data", data);
    }

    /**
     * Returns a text in the session's language. The view's own locale is not set yet while the
     * view action builds the charts, and would follow the browser's language.
     */
    private String text(String key) {
        return Messages.get(localeView.getLocale(), key);
    }

    /** Returns the source's name, or the label for inquiries without a source. */
    private String sourceName(LeadSourceConversion row) {
        return row.leadSourceName() == null ? text("report.noSource") : row.leadSourceName();
    }

    /** Returns the source's name, or the label for projects without a source. */
    private String revenueSourceName(LeadSourceRevenue row) {
        return row.leadSourceName() == null ? text("report.noSource") : row.leadSourceName();
    }

    public RevenueReport getRevenue() {
        return revenue;
    }

    public String getRevenueChart() {
        return revenueChart;
    }

    public ConversionReport getReport() {
        return report;
    }

    public String getChart() {
        return chart;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
