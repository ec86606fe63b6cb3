package vn.coordreport.ingest.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.messages.Messages;

/**
 * Reads every XML part of a workbook once, streaming and in bounded memory,
 * before FastExcel does, and refuses a workbook that would make FastExcel hold
 * unbounded memory or stumble: FastExcel keeps every shared string up to the
 * highest one a cell uses, fills a row up to its highest column, and takes
 * references and indexes as they come. Refused are: a part that is not
 * well-formed XML or has a token over {@link XmlTokenLimit#MAX_BYTES}; a cell
 * over Excel's limits (32 767 characters, a formula of 8 192; row 1 048 576,
 * column XFD); a row over {@link CsvRows#MAX_RECORD_CHARS} characters; a cell
 * naming a shared string the workbook does not have; shared strings that need
 * more than a quarter of the heap; more than {@link #MAX_INFLATED} bytes in all.
 * Each problem names the sheet, the row and the cell where there is one.
 * <p>
 * The XML parts are those {@code [Content_Types].xml} declares XML, those named
 * {@code .xml} or {@code .rels}, and every part the workbook's relationships
 * name (its sheets: FastExcel reads them whatever their type). The others
 * (pictures, an EMF thumbnail, the printer settings Excel saves after a page
 * set-up) are not parsed, only inflated and counted against the same total.
 * <p>
 * Reading them, it learns what FastExcel does not tell ({@link WorkbookFacts}).
 */
public final class WorkbookCheck {

    static final int MAX_CELL_CHARS = 32_767;
    static final int MAX_FORMULA_CHARS = 8_192;
    static final int MAX_ROW = 1_048_576;
    static final int MAX_COLUMN = 16_384;
    // public for ExcelWorkbooksIntegrationTests (package ingest), which writes past it
    public static final long MAX_INFLATED = 1L << 30;
    static final int MAX_SHARED_FORMULAS = 1_000;
    static final int MAX_ARRAY_FORMULAS = 100;
    static final int MAX_OTHER_ELEMENTS = 200_000;
    static final int MAX_OTHER_ATTRIBUTE_CHARS = 4 << 20;

    private static final Pattern REF = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?([0-9]{1,7})");
    /** The cell types of a number, a boolean and an error value: the value of a text formula may be empty. */
    private static final Set<String> NOT_TEXT = Set.of("n", "b", "e");
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final String book;
    private final ZipFile zip;
    private final long budget = Runtime.getRuntime().maxMemory() / 4;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, String> sheetOfPart = new HashMap<>();
    private final PackageParts parts;
    private int[] sharedLengths = new int[256];
    private int shared;
    private long inflated;
    private boolean valuesUnstored;
    private boolean date1904;

    /** The workbook cannot go on to FastExcel: found what and where. */
    private static final class Refused extends SAXException {
        Refused() {
            super("refused");
        }
    }

    private WorkbookCheck(String book, ZipFile zip) {
        this.book = book;
        this.zip = zip;
        this.parts = new PackageParts();
    }

    /** The reasons to refuse the workbook, none when FastExcel may read it; and what FastExcel does not tell of it. */
    public record Found(List<ImportProblem> problems, WorkbookFacts facts) {
    }

    /**
     * Reads the workbook at {@code path}, reported as {@code book}.
     *
     * @throws IOException when it is not a zip file at all
     */
    public static Found check(Path path, String book) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(path).get()) {
            WorkbookCheck check = new WorkbookCheck(book, zip);
            check.run();
            return new Found(check.problems, new WorkbookFacts(check.valuesUnstored, check.date1904,
                    TemplatePeriod.of(check.customProperties()).orElse(null)));
        }
    }

    private void run() throws IOException {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        try {
            nameParts();
            nameSheets();
            for (ZipArchiveEntry entry : entries) {
                scan(entry, true);
            }
            for (ZipArchiveEntry entry : entries) {
                scan(entry, false);
            }
        } catch (Refused e) {
            // the problem is recorded
        }
    }

    /** Pass one reads the shared strings only, pass two every other part. */
    private void scan(ZipArchiveEntry entry, boolean sharedStringsPass) throws IOException, Refused {
        if (entry.isDirectory()) {
            return;
        }
        boolean xml = parts.isXml(entry.getName());
        try (InputStream in = xml ? open(entry) : counted(zip.getInputStream(entry))) {
            if (!xml) {
                if (!sharedStringsPass) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                return;
            }
            if (isEmpty(in)) {
                return;
            }
            parser().parse(in, new Part(entry.getName(), sharedStringsPass));
        } catch (Refused e) {
            throw e;
        } catch (Stop e) {
            return;
        } catch (SAXException e) {
            refuse(book, 0, null, e instanceof SAXParseException p
                    ? Messages.text("import.workbook.badXmlAt", entry.getName(), String.valueOf(p.getLineNumber()),
                            String.valueOf(p.getColumnNumber()), e.getMessage())
                    : Messages.text("import.workbook.badXml", entry.getName(), e.getMessage()));
        } catch (XmlTokenLimit.TooLong e) {
            refuse(book, 0, null, Messages.text("import.workbook.xmlTooLong", entry.getName(), e.getMessage()));
        } catch (Inflated e) {
            refuse(book, 0, null, Messages.text("import.workbook.inflates", String.valueOf(MAX_INFLATED >> 20)));
        }
    }

    /** An XML part: its inflated bytes counted, and no token over {@link XmlTokenLimit#MAX_BYTES}. */
    private InputStream open(ZipArchiveEntry entry) throws IOException {
        return new BufferedInputStream(new XmlTokenLimit(counted(zip.getInputStream(entry))));
    }

    private InputStream counted(InputStream raw) {
        return new java.io.FilterInputStream(raw) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count(Math.max(0, n));
                return n;
            }
        };
    }

    private static final class Inflated extends IOException {
    }

    private void count(int n) throws Inflated {
        inflated += n;
        if (inflated > MAX_INFLATED) {
            throw new Inflated();
        }
    }

    /** An empty part (some tools write one) has nothing to check, and is not malformed XML. */
    private static boolean isEmpty(InputStream in) throws IOException {
        in.mark(1);
        boolean empty = in.read() < 0;
        in.reset();
        return empty;
    }

    private static SAXParser parser() throws IOException {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("no XML parser: " + e.getMessage(), e);
        }
    }

    private void refuse(String file, long line, String column, String message) throws Refused {
        problems.add(new ImportProblem(file, line, column, message));
        throw new Refused();
    }

    /** The declared type of each part, and which is the workbook; best effort (a broken part is refused later). */
    private void nameParts() {
        try {
            readSmall(PackageParts.CONTENT_TYPES, parts::declare);
        } catch (IOException | SAXException | RuntimeException e) {
            // the part is XML by its name: its problem is reported when it is read
        }
    }

    /**
     * Which sheet each worksheet part is, and which parts FastExcel will read as XML, from the workbook and its
     * relationships, and the workbook's date system; best effort.
     */
    private void nameSheets() {
        Map<String, String> targets = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try {
            String rels = PackageParts.relsOf(parts.workbook());
            String base = rels.substring(0, rels.indexOf("_rels/"));
            readSmall(rels, (name, a) -> {
                if (name.equals("Relationship") && a.getValue("Id") != null && a.getValue("Target") != null) {
                    String target = a.getValue("Target");
                    String part = target.startsWith("/") ? target.substring(1) : base + target;
                    targets.put(a.getValue("Id"), part);
                    parts.readByWorkbook(part);
                }
            });
            readSmall(parts.workbook(), (name, a) -> {
                if (name.equals("sheet") && a.getValue(REL, "id") != null && a.getValue("name") != null) {
                    names.put(a.getValue(REL, "id"), a.getValue("name"));
                } else if (name.equals("workbookPr") && a.getValue("date1904") != null) {
                    // an XML Schema boolean: Excel and openpyxl write 1
                    date1904 = List.of("1", "true").contains(a.getValue("date1904").strip());
                }
            });
        } catch (IOException | SAXException | RuntimeException e) {
            return; // problems are then named by part
        }
        names.forEach((id, sheet) -> {
            if (targets.containsKey(id)) {
                sheetOfPart.put(targets.get(id), book + "/" + FileSpec.byBaseName(sheet).map(FileSpec::baseName).orElse(sheet));
            }
        });
    }

    /**
     * The workbook's custom document properties by name (a template's period, {@link TemplatePeriod}), their text
     * values only; best effort: none when the part is missing, large or not read.
     */
    private Map<String, String> customProperties() {
        Map<String, String> properties = new HashMap<>();
        String[] part = {"docProps/custom.xml"};
        try {
            readSmall("_rels/.rels", (name, a) -> {
                if (name.equals("Relationship") && String.valueOf(a.getValue("Type")).endsWith("/custom-properties")
                        && a.getValue("Target") != null) {
                    String target = a.getValue("Target");
                    part[0] = target.startsWith("/") ? target.substring(1) : target;
                }
            });
            ZipArchiveEntry entry = zip.getEntry(part[0]);
            if (entry == null || entry.getSize() > 1 << 20) {
                return properties;
            }
            try (InputStream in = open(entry)) {
                parser().parse(in, new DefaultHandler() {
                    private String property;
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public void startElement(String uri, String local, String qName, Attributes attributes) {
                        if (local.equals("property")) {
                            property = attributes.getValue("name");
                            text.setLength(0);
                        }
                    }

                    @Override
                    public void characters(char[] ch, int start, int length) {
                        if (property != null && text.length() < 1_000) {
                            text.append(ch, start, Math.min(length, 1_000 - text.length()));
                        }
                    }

                    @Override
                    public void endElement(String uri, String local, String qName) {
                        if (local.equals("property") && property != null) {
                            properties.put(property, text.toString());
                            property = null;
                        }
                    }
                });
            }
        } catch (IOException | SAXException | RuntimeException e) {
            properties.clear();
        }
        return properties;
    }

    private interface Elements {
        void start(String name, Attributes attributes);
    }

    private void readSmall(String part, Elements elements) throws IOException, SAXException {
        ZipArchiveEntry entry = zip.getEntry(part);
        if (entry == null || entry.getSize() > MAX_INFLATED) {
            return;
        }
        try (InputStream in = open(entry)) {
            parser().parse(in, new DefaultHandler() {
                private int seen;

                @Override
                public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
                    if (++seen > MAX_OTHER_ELEMENTS) {
                        throw new SAXException("too many elements");
                    }
                    elements.start(local, attributes);
                }
            });
        }
    }

    /** One part: the shared strings, a worksheet, or any other. */
    private final class Part extends DefaultHandler {

        private final String part;
        private final boolean sharedStringsPass;
        private final String file;
        private String root;
        // shared strings
        private boolean inText;
        private int phonetic;
        private long itemChars;
        private long sharedMemory;
        // worksheets
        private long row;
        private long rowChars;
        private int cells;
        private String cell;
        private String cellType;
        private String inValue;
        private long valueChars;
        private final StringBuilder index = new StringBuilder();
        private int sharedFormulas;
        private int arrayFormulas;
        private boolean formula;
        private boolean valueStored;
        // other parts
        private int elements;
        private long attributeChars;

        Part(String part, boolean sharedStringsPass) {
            this.part = part;
            this.sharedStringsPass = sharedStringsPass;
            this.file = sheetOfPart.getOrDefault(part, book);
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            if (root == null) {
                root = local;
                if (root.equals("sst") != sharedStringsPass) {
                    throw new Stop();
                }
            }
            switch (root) {
                case "sst" -> startShared(local);
                case "worksheet" -> startSheet(local, a);
                default -> startOther(a);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (root == null) {
                return;
            }
            if (root.equals("sst") && inText && phonetic == 0) {
                itemChars += length;
                if (itemChars > MAX_CELL_CHARS) {
                    refuse(book, 0, null, Messages.text("import.workbook.sharedStringTooLong", String.valueOf(shared),
                            String.valueOf(MAX_CELL_CHARS)));
                }
            } else if (root.equals("worksheet") && inValue != null) {
                valueChars += length;
                rowChars += length;
                int limit = inValue.equals("f") ? MAX_FORMULA_CHARS : MAX_CELL_CHARS;
                if (valueChars > limit) {
                    refuse(file, row, cell, Messages.text(inValue.equals("f") ? "import.workbook.formulaTooLong"
                            : "import.workbook.cellTooLong", String.valueOf(limit)));
                }
                checkRow();
                if (inValue.equals("v") && "s".equals(cellType) && index.length() < 24) {
                    index.append(ch, start, Math.min(length, 24));
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            if (root == null) {
                return;
            }
            if (root.equals("sst")) {
                endShared(local);
            } else if (root.equals("worksheet")) {
                endSheet(local);
            }
        }

        private void startShared(String local) {
            switch (local) {
                case "si" -> itemChars = 0;
                case "t" -> inText = true;
                case "rPh" -> phonetic++;
                default -> { }
            }
        }

        private void endShared(String local) throws Refused {
            switch (local) {
                case "t" -> inText = false;
                case "rPh" -> phonetic--;
                case "si" -> {
                    if (shared == sharedLengths.length) {
                        sharedLengths = java.util.Arrays.copyOf(sharedLengths, shared * 2);
                    }
                    sharedLengths[shared++] = (int) itemChars;
                    sharedMemory += 2 * itemChars + 64;
                    if (sharedMemory > budget) {
                        refuse(book, 0, null, Messages.text("import.workbook.sharedStringsMemory",
                                String.valueOf(budget >> 20)));
                    }
                }
                default -> { }
            }
        }

        private void startSheet(String local, Attributes a) throws Refused {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    long number = row + 1;
                    if (r != null) {
                        number = r.matches("[0-9]{1,7}") ? Long.parseLong(r) : -1;
                        if (number < 1 || number > MAX_ROW) {
                            refuse(file, row + 1, null, Messages.text("import.workbook.badRowNumber", r, String.valueOf(MAX_ROW)));
                        }
                    }
                    row = number;
                    rowChars = 0;
                    cells = 0;
                }
                case "c" -> {
                    String r = a.getValue("r");
                    cell = r;
                    cellType = a.getValue("t");
                    formula = false;
                    valueStored = false;
                    index.setLength(0);
                    if (++cells > MAX_COLUMN) {
                        refuse(file, row, null, Messages.text("import.workbook.tooManyCells", String.valueOf(MAX_COLUMN)));
                    }
                    if (r != null) {
                        Matcher m = REF.matcher(r);
                        if (!m.matches() || column(m.group(1)) > MAX_COLUMN || Long.parseLong(m.group(2)) < 1
                                || Long.parseLong(m.group(2)) > MAX_ROW) {
                            refuse(file, row, null, Messages.text("import.workbook.badCellReference", r, String.valueOf(MAX_ROW)));
                        }
                    }
                }
                case "v", "is" -> start(local);
                case "f" -> {
                    start(local);
                    formula = true;
                    String t = a.getValue("t");
                    if ("shared".equals(t) && a.getValue("ref") != null && ++sharedFormulas > MAX_SHARED_FORMULAS
                            || "array".equals(t) && ++arrayFormulas > MAX_ARRAY_FORMULAS) {
                        refuse(file, row, cell, Messages.text("import.workbook.tooManyFormulas",
                                String.valueOf(MAX_SHARED_FORMULAS), String.valueOf(MAX_ARRAY_FORMULAS)));
                    }
                }
                default -> { }
            }
        }

        private void start(String value) {
            if (inValue == null) {
                inValue = value;
                valueChars = 0;
            }
        }

        private void endSheet(String local) throws Refused {
            if (local.equals("v") && local.equals(inValue)) {
                valueStored = valueChars > 0;
            }
            if (local.equals(inValue)) {
                inValue = null;
            }
            if (local.equals("c") && formula && !valueStored && NOT_TEXT.contains(cellType == null ? "n" : cellType)) {
                valuesUnstored = true;
            }
            if (local.equals("c") && "s".equals(cellType) && !index.isEmpty()) {
                String v = index.toString().strip();
                if (v.matches("[0-9]{1,18}")) {
                    long i = Long.parseLong(v);
                    if (i >= shared) {
                        refuse(file, row, cell, Messages.text("import.workbook.missingSharedString", String.valueOf(i),
                                String.valueOf(shared)));
                    }
                    rowChars += sharedLengths[(int) i];
                    checkRow();
                }
            }
        }

        private void checkRow() throws Refused {
            if (rowChars > CsvRows.MAX_RECORD_CHARS) {
                refuse(file, row, null, Messages.text("import.workbook.rowTooLong", String.valueOf(CsvRows.MAX_RECORD_CHARS)));
            }
        }

        private void startOther(Attributes a) throws Refused {
            if (++elements > MAX_OTHER_ELEMENTS) {
                refuse(book, 0, null, Messages.text("import.workbook.tooManyElements", part, String.valueOf(MAX_OTHER_ELEMENTS)));
            }
            for (int i = 0; i < a.getLength(); i++) {
                attributeChars += a.getValue(i).length();
            }
            if (attributeChars > MAX_OTHER_ATTRIBUTE_CHARS) {
                refuse(book, 0, null, Messages.text("import.workbook.attributesTooLong", part,
                        String.valueOf(MAX_OTHER_ATTRIBUTE_CHARS)));
            }
        }
    }

    /** Not a part for this pass. */
    private static final class Stop extends SAXException {
        Stop() {
            super("not this pass");
        }
    }

    private static long column(String letters) {
        long n = 0;
        for (char c : letters.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n;
    }
}
