package vn.coordreport.issuing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.coordreport.render.ReportRenderer;


/**
 * The register as a PDF, laid out by JasperReports in the reports' font
 * ({@code reports/outgoing-register.jrxml}, compiled once), every font embedded.
 */
final class RegisterPdf {

    private static final String TEMPLATE = "reports/outgoing-register.jrxml";

    private RegisterPdf() {
    }

    static byte[] of(ReportRenderer renderer, List<RegisterEntry> entries, List<IssuingBody> bodies, int year) {
        Map<String, String> names = bodies.stream().collect(Collectors.toMap(IssuingBody::code,
                b -> b.name() + (b.province() == null ? "" : " tỉnh " + b.province()), (a, b) -> a));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (RegisterEntry e : entries) {
            Map<String, Object> row = new HashMap<>();
            row.put("body", bodies.size() > 1 ? names.getOrDefault(e.agencyCode(), e.agencyCode()) : null);
            List<String> cells = RegisterExports.cells(e);
            for (int i = 0; i < cells.size(); i++) {
                row.put("c" + (i + 1), cells.get(i));
            }
            rows.add(row);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("YEAR", Integer.toString(year));
        parameters.put("BODIES", bodies.size() == 1 ? names.get(bodies.get(0).code()).toUpperCase(java.util.Locale.ROOT)
                : null);
        return renderer.layoutPdf(TEMPLATE, parameters, rows, "Sổ đăng ký văn bản đi năm " + year);
    }
}
