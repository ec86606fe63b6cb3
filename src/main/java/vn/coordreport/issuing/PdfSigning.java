package vn.coordreport.issuing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

import vn.coordreport.messages.Messages;

/**
 * The two signatures of a final, each an incremental update of the PDF, so
 * that what was signed stays byte for byte in the file:
 * <ol>
 * <li>the signer's: the final as rendered gets form fields over its blank
 * number and date, a signature field between the signer's title and name and
 * an empty one for the seal, and is signed (PAdES) certifying that filling in
 * the form and signing are the only changes allowed after it (DocMDP, P=2);</li>
 * <li>the văn thư's, at issue: the number and the date are filled into their
 * fields (each shown in Liberation Serif, upright or italic like the text
 * around it) and the organisation's signature fills the seal field.</li>
 * </ol>
 * The signer's image is centred between title and name; the seal is drawn at
 * its real size over the left third of it (Decree 30/2020, Appendix I part II).
 */
final class PdfSigning {

    static final String NUMBER = "so";
    static final String DAY = "ngay";
    static final String MONTH = "thang";
    static final String YEAR = "nam";
    static final String SIGNER = "chu_ky";
    static final String SEAL = "con_dau";

    /** The CMS space reserved per signature: enough for a chain and a timestamp, within PDF/A's string limit. */
    static final int SIGNATURE_SIZE = 15_000;
    /** The seal field is this wide and high; the seal is drawn at its real size inside it. */
    static final float SEAL_FIELD_MM = 50;

    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final float SIGNATURE_MAX_WIDTH_MM = 65;
    private static final float MARGIN = 3;

    /** Who signs and how the signature is shown. */
    record Signer(SigningKey key, StampImage imageOrNull, String reason, ZonedDateTime when) {
    }

    /**
     * A final signed by its signer.
     *
     * @param title         the document's title (its type and summary, for the register)
     * @param numberSymbol  what follows the number on it, e.g. {@code /BC-SNgV} or {@code -BC/ĐU}
     */
    record Signed(byte[] content, String title, String numberSymbol) {
    }

    /** The document's title as its information records it (what signing records for the register), or null. */
    static String title(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String title = document.getDocumentInformation().getTitle();
            return title == null || title.isBlank() ? null : title.strip();
        } catch (IOException e) {
            return null;
        }
    }

    /** The name the first signature of a signed document was made under (its certificate's holder), or null. */
    static String firstSignersName(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().stream().findFirst().map(PDSignature::getName)
                    .filter(name -> !name.isBlank()).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private PdfSigning() {
    }

    /**
     * The signer's step on a final as rendered.
     *
     * @throws IllegalArgumentException when the final has no blank number or date, or does not show its signer
     */
    static Signed signFinal(byte[] rendered, String signerName, Signer signer, Timestamps timestampsOrNull)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(rendered)) {
            if (document.getDocumentCatalog().getAcroForm(null) != null) {
                throw new IllegalArgumentException(Messages.text("issuing.pdf.signedBefore"));
            }
            Placements places = Placements.find(document, signerName);
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            PDResources resources = new PDResources();
            COSName upright = resources.add(PDType0Font.load(document, DigitFonts.regular(), false));
            COSName italic = resources.add(PDType0Font.load(document, DigitFonts.italic(), false));
            form.setDefaultResources(resources);
            form.setDefaultAppearance("/" + upright.getName() + " 0 Tf 0 g");

            PDPage first = document.getPage(0);
            List<PDField> fields = new ArrayList<>();
            fields.add(textField(document, form, first, NUMBER, places.number(), upright));
            fields.add(textField(document, form, first, DAY, places.day(), italic));
            fields.add(textField(document, form, first, MONTH, places.month(), italic));
            fields.add(textField(document, form, first, YEAR, places.year(), italic));

            PDPage last = document.getPage(places.signaturePage());
            PDRectangle signatureBox = signatureBox(places, signer.imageOrNull());
            PDSignatureField signature = signatureField(document, form, last, SIGNER, signatureBox);
            PDSignatureField seal = signatureField(document, form, last, SEAL, sealField(signatureBox));
            fields.add(signature);
            fields.add(seal);
            form.getFields().addAll(fields);
            // the seal's widget after the signer's: drawn over it
            addWidgets(first, fields.subList(0, 4));
            addWidgets(last, fields.subList(4, 6));

            PDSignature dictionary = dictionary(signer);
            signature.setValue(dictionary);
            certifyFormFillingOnly(document, dictionary);
            String title = document.getDocumentInformation().getTitle();
            return new Signed(save(document, dictionary, signer, timestampsOrNull, signature.getWidgets().get(0),
                    signatureBox, image(document, signer.imageOrNull(), signatureBox)), title, places.numberSymbol());
        }
    }

    /**
     * The văn thư's step on the signed final: number and date filled in, then the organisation's signature.
     *
     * @param number the figures as they are written, e.g. {@code 05}
     */
    static byte[] issue(byte[] signed, String number, LocalDate date, Signer organisation, Float sealWidthMm,
            Timestamps timestampsOrNull) throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            if (form == null || !(form.getField(SEAL) instanceof PDSignatureField seal)
                    || !(form.getField(SIGNER) instanceof PDSignatureField signer) || signer.getSignature() == null) {
                throw new IllegalArgumentException(Messages.text("issuing.pdf.unsigned"));
            }
            if (seal.getSignature() != null) {
                throw new IllegalArgumentException(Messages.text("issuing.pdf.issuedBefore"));
            }
            fill(document, form, NUMBER, number);
            fill(document, form, DAY, twoDigits(date.getDayOfMonth()));
            // Decree 30: months 1 and 2 with a leading zero, the others as they are
            fill(document, form, MONTH, date.getMonthValue() <= 2 ? twoDigits(date.getMonthValue())
                    : Integer.toString(date.getMonthValue()));
            fill(document, form, YEAR, Integer.toString(date.getYear()));
            PDAnnotationWidget widget = seal.getWidgets().get(0);
            PDRectangle box = widget.getRectangle();
            PDSignature dictionary = dictionary(organisation);
            seal.setValue(dictionary);
            return save(document, dictionary, organisation, timestampsOrNull, widget, box,
                    sealAppearance(document, organisation.imageOrNull(), sealWidthMm, box));
        }
    }

    private static byte[] save(PDDocument document, PDSignature dictionary, Signer signer, Timestamps timestamps,
            PDAnnotationWidget widget, PDRectangle box, PDAppearanceStream appearance) throws IOException {
        try (SignatureOptions options = new SignatureOptions()) {
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(dictionary, new CmsSignature(signer.key(), timestamps), options);
            // addSignature makes a field it finds invisible: give it back its place and appearance
            widget.setRectangle(box);
            PDAppearanceDictionary appearances = new PDAppearanceDictionary();
            appearances.setNormalAppearance(appearance);
            widget.setAppearance(appearances);
            widget.setPrinted(true);
            widget.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static PDSignature dictionary(Signer signer) {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
        signature.setName(commonName(signer.key()));
        signature.setReason(signer.reason());
        signature.setSignDate(GregorianCalendar.from(signer.when()));
        return signature;
    }

    /** DocMDP P=2 (without digest keys, which PDF/A-2 forbids): only form filling and signing may follow. */
    private static void certifyFormFillingOnly(PDDocument document, PDSignature signature) {
        COSDictionary parameters = new COSDictionary();
        parameters.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        parameters.setInt(COSName.P, 2);
        parameters.setName(COSName.V, "1.2");
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.getPDFName("TransformMethod"), COSName.DOCMDP);
        reference.setItem(COSName.getPDFName("TransformParams"), parameters);
        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);
        COSDictionary permissions = new COSDictionary();
        permissions.setItem(COSName.DOCMDP, signature);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        catalog.setItem(COSName.PERMS, permissions);
        catalog.setNeedToBeUpdated(true);
    }

    private static PDTextField textField(PDDocument document, PDAcroForm form, PDPage page, String name, Placements.Slot slot,
            COSName font) throws IOException {
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        field.setReadOnly(true);
        field.setDefaultAppearance("/" + font.getName() + " " + slot.fontSize() + " Tf 0 g");
        field.setQ(slot.quadding());
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(slot.box());
        widget.setPage(page);
        widget.setPrinted(true);
        PDAppearanceDictionary appearances = new PDAppearanceDictionary();
        appearances.setNormalAppearance(emptyAppearance(document, slot.box()));
        widget.setAppearance(appearances);
        return field;
    }

    private static PDSignatureField signatureField(PDDocument document, PDAcroForm form, PDPage page, String name, PDRectangle box)
            throws IOException {
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName(name);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(box);
        widget.setPage(page);
        widget.setPrinted(true);
        PDAppearanceDictionary appearances = new PDAppearanceDictionary();
        appearances.setNormalAppearance(emptyAppearance(document, box));
        widget.setAppearance(appearances);
        return field;
    }

    /** The fields' widgets added to the page's annotations, written as a direct array with the page. */
    private static void addWidgets(PDPage page, List<PDField> fields) throws IOException {
        List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
        for (PDField field : fields) {
            annotations.addAll(field.getWidgets());
        }
        page.setAnnotations(annotations);
        page.getCOSObject().setNeedToBeUpdated(true);
    }

    /** Centred between the title and the name, as tall as the space allows, as wide as the image's proportions. */
    private static PDRectangle signatureBox(Placements places, StampImage imageOrNull) {
        float height = Math.max(12, places.nameTop() > 0 ? places.titleBottom() - places.nameTop() - 2 * MARGIN : 60);
        float aspect = imageOrNull == null ? 0.5f : imageOrNull.aspect();
        float width = Math.min(SIGNATURE_MAX_WIDTH_MM * POINTS_PER_MM, height / aspect);
        height = Math.min(height, width * aspect);
        float middle = (places.titleBottom() + places.nameTop()) / 2;
        return new PDRectangle(places.signatureCenterX() - width / 2, middle - height / 2, width, height);
    }

    /** The seal's field: its right edge a third of the way into the signature, centred on it in height. */
    private static PDRectangle sealField(PDRectangle signature) {
        float size = SEAL_FIELD_MM * POINTS_PER_MM;
        float right = signature.getLowerLeftX() + signature.getWidth() / 3;
        float middle = signature.getLowerLeftY() + signature.getHeight() / 2;
        return new PDRectangle(right - size, middle - size / 2, size, size);
    }

    private static PDAppearanceStream emptyAppearance(PDDocument document, PDRectangle box) {
        PDAppearanceStream appearance = new PDAppearanceStream(document);
        appearance.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
        appearance.setResources(new PDResources());
        return appearance;
    }

    private static PDAppearanceStream image(PDDocument document, StampImage imageOrNull, PDRectangle box)
            throws IOException {
        PDAppearanceStream appearance = emptyAppearance(document, box);
        if (imageOrNull != null) {
            try (PDPageContentStream content = new PDPageContentStream(document, appearance)) {
                content.drawImage(imageOrNull.in(document), 0, 0, box.getWidth(), box.getHeight());
            }
        }
        return appearance;
    }

    /** The seal at its real size, its right edge on the field's, centred in height; scaled down only to fit. */
    private static PDAppearanceStream sealAppearance(PDDocument document, StampImage imageOrNull, Float widthMm,
            PDRectangle box) throws IOException {
        PDAppearanceStream appearance = emptyAppearance(document, box);
        if (imageOrNull == null) {
            return appearance;
        }
        float width = (widthMm != null ? widthMm : SEAL_FIELD_MM * 0.8f) * POINTS_PER_MM;
        float height = width * imageOrNull.aspect();
        float scale = Math.min(1, Math.min(box.getWidth() / width, box.getHeight() / height));
        width *= scale;
        height *= scale;
        try (PDPageContentStream content = new PDPageContentStream(document, appearance)) {
            content.drawImage(imageOrNull.in(document), box.getWidth() - width, (box.getHeight() - height) / 2,
                    width, height);
        }
        return appearance;
    }

    /** Sets a text field's value and draws it, in the field's font and size, flush right or centred. */
    private static void fill(PDDocument document, PDAcroForm form, String name, String value) throws IOException {
        if (!(form.getField(name) instanceof PDTextField field)) {
            throw new IllegalArgumentException(Messages.text("issuing.pdf.noField", name));
        }
        String[] appearance = field.getDefaultAppearance().trim().split("\\s+");
        PDFont font = form.getDefaultResources().getFont(COSName.getPDFName(appearance[0].substring(1)));
        float size = Float.parseFloat(appearance[1]);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        PDRectangle box = widget.getRectangle();
        float width = font.getStringWidth(value) / 1000 * size;
        if (width > box.getWidth()) {
            size *= box.getWidth() / width;
            width = box.getWidth();
        }
        float x = field.getQ() == 2 ? box.getWidth() - width : (box.getWidth() - width) / 2;
        float baseline = box.getHeight() * 0.3f / 1.3f;
        PDAppearanceStream stream = emptyAppearance(document, box);
        PDResources resources = stream.getResources();
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            content.beginMarkedContent(COSName.TX);
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(0f);
            content.newLineAtOffset(x, baseline);
            content.showText(value);
            content.endText();
            content.endMarkedContent();
        }
        stream.setResources(resources);
        field.getCOSObject().setItem(COSName.V, new COSString(value));
        PDAppearanceDictionary appearances = new PDAppearanceDictionary();
        appearances.setNormalAppearance(stream);
        widget.setAppearance(appearances);
        field.getCOSObject().setNeedToBeUpdated(true);
    }

    /** The holder's name in the key's certificate (its CN), else the whole subject. */
    static String commonName(SigningKey key) {
        return commonName(key.certificate().getSubjectX500Principal().getName());
    }

    /** The CN of a certificate's subject as stored ({@code CN=Trần Văn Phó,O=...}); the whole subject without one. */
    static String commonName(String subject) {
        for (String part : subject.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (part.strip().startsWith("CN=")) {
                return part.strip().substring(3).replace("\\", "");
            }
        }
        return subject;
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
