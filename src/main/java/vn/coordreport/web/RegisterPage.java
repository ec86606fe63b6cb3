package vn.coordreport.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.coordreport.files.FileNames;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.IssuingBody;
import vn.coordreport.issuing.RegisterEntry;
import vn.coordreport.issuing.RegisterExports;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.CurrentUser;

/** The register of outgoing documents of a year (of one issuing body or all), and its .xlsx, .csv and .pdf. */
@Controller
class RegisterPage {

    private final Issuing issuing;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Clock clock;

    RegisterPage(Issuing issuing, CurrentUser user, AuditLog audit, Clock clock) {
        this.issuing = issuing;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    /** A register's year: four digits, as a register is kept (a typo such as 99999 is said, not shown empty). */
    private static int checked(int year) {
        try {
            return Issuing.registerYear("Năm", year);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage() + ".");
        }
    }

    /** An issuing body that is none is said (400), not shown as a register in which it issued nothing. */
    private void known(String agency) {
        try {
            issuing.requireAgency(agency);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, PageFormat.capitalised(e.getMessage()) + ".");
        }
    }

    @GetMapping("/register")
    String register(@RequestParam(required = false) Integer year, @RequestParam(required = false) String agency,
            Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : checked(year);
        known(agency);
        String province = user.province().orElse(null);
        // the body chosen stays chosen in the list, as its code is stored, though it issued nothing that year
        // (a code of another province's agency is shown as typed: its name is that province's)
        Optional<IssuingBody> chosen = agency == null || agency.isBlank() ? Optional.empty()
                : Optional.of(issuing.registerBodies(shown, agency, province).stream().findFirst()
                        .orElse(new IssuingBody(agency.strip(), agency.strip(), null)));
        List<IssuingBody> bodies = new ArrayList<>(issuing.bodies(shown, province));
        chosen.filter(b -> !bodies.contains(b)).ifPresent(bodies::add);
        bodies.sort(Comparator.comparing(IssuingBody::code));
        model.addAttribute("year", shown);
        model.addAttribute("agency", chosen.map(IssuingBody::code).orElse(""));
        model.addAttribute("bodies", bodies);
        model.addAttribute("entries", issuing.register(shown, agency, province));
        model.addAttribute("columns", RegisterExports.COLUMNS);
        return "register";
    }

    @GetMapping("/register/so-van-ban-di.{extension:xlsx|csv|pdf}")
    ResponseEntity<byte[]> file(@PathVariable String extension, @RequestParam int year,
            @RequestParam(required = false) String agency) {
        String province = user.province().orElse(null);
        checked(year);
        known(agency);
        List<IssuingBody> bodies = issuing.registerBodies(year, agency, province);
        List<RegisterEntry> entries = issuing.register(year, agency, province);
        String name = "so-van-ban-di_" + year + (agency == null || agency.isBlank() ? "" : "_"
                + agency.strip().replaceAll("[^A-Za-z0-9-]+", "-")) + "." + extension;
        byte[] file = issuing.registerFile(name, entries, bodies, year);
        audit.record("DOWNLOAD", "register/" + year, name);
        MediaType type = switch (extension) {
            case "xlsx" -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            case "csv" -> MediaType.parseMediaType("text/csv; charset=UTF-8");
            default -> MediaType.APPLICATION_PDF;
        };
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition("attachment", name,
                        "Sổ đăng ký văn bản đi " + year + "." + extension))
                .header("X-Content-Type-Options", "nosniff").body(file);
    }
}
