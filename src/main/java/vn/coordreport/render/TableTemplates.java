package vn.coordreport.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignFrame;
import net.sf.jasperreports.engine.design.JRDesignGroup;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.PositionTypeEnum;
import net.sf.jasperreports.engine.type.SplitTypeEnum;
import net.sf.jasperreports.engine.type.StretchTypeEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;
import net.sf.jasperreports.engine.type.VerticalTextAlignEnum;
import net.sf.jasperreports.engine.type.WhenNoDataTypeEnum;

/**
 * The subreport a table is filled into, laid out for its columns: the column
 * heads (parameters {@code H0} ..., printed again on each page the table runs
 * onto), then per row a field's name across the table (field {@code group},
 * kept with the row under it) and the row's cells ({@code c0} ...); the rows
 * of one indicator (field {@code item}) are kept together. A layout is
 * compiled once, the first time a table with its columns is filled, and reused.
 */
final class TableTemplates {

    private static final int HEAD = 30;
    private static final int ROW = 18;
    private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

    private TableTemplates() {
    }

    /** The compiled layout for columns of these widths (points, adding up to the body's width) and alignments. */
    static JasperReport of(List<Block.Column> columns, JasperReportsContext context) {
        StringBuilder key = new StringBuilder();
        columns.forEach(c -> key.append(c.weight()).append(c.align()).append(','));
        return COMPILED.computeIfAbsent(key.toString(), k -> compile(columns, context));
    }

    private static JasperReport compile(List<Block.Column> columns, JasperReportsContext context) {
        try {
            return JasperCompileManager.getInstance(context).compile(design(columns));
        } catch (JRException e) {
            throw new IllegalStateException("cannot compile the table layout " + columns + ": " + e.getMessage(), e);
        }
    }

    private static JasperDesign design(List<Block.Column> columns) throws JRException {
        int width = columns.stream().mapToInt(Block.Column::weight).sum();
        JasperDesign design = new JasperDesign();
        design.setName("table");
        design.setLanguage("java");
        design.setPageWidth(width);
        design.setColumnWidth(width);
        design.setPageHeight(842);
        design.setLeftMargin(0);
        design.setRightMargin(0);
        design.setTopMargin(0);
        design.setBottomMargin(0);
        design.setWhenNoDataType(WhenNoDataTypeEnum.NO_PAGES);
        design.setProperty("net.sf.jasperreports.export.pdf.force.linebreak.policy", "true");
        // Not the default style: a subreport's default style would become the whole print's.
        JRDesignStyle style = new JRDesignStyle();
        style.setName("TableCell");
        style.setFontName("Liberation Serif");
        style.setFontSize(10.5f);
        design.addStyle(style);
        field(design, "group");
        field(design, "item");
        // an indicator's row and the rows that detail it (amounts, counterparts) start on one page
        JRDesignGroup item = new JRDesignGroup();
        item.setName("item");
        item.setExpression(new JRDesignExpression("$F{item}"));
        item.setKeepTogether(true);
        design.addGroup(item);
        JRDesignBand head = new JRDesignBand();
        head.setHeight(HEAD);
        head.setSplitType(SplitTypeEnum.PREVENT);
        JRDesignFrame row = new JRDesignFrame();
        row.setX(0);
        row.setY(ROW);
        row.setWidth(width);
        row.setHeight(ROW);
        row.setPositionType(PositionTypeEnum.FLOAT);
        row.setPrintWhenExpression(new JRDesignExpression("$F{c0} != null"));
        int x = 0;
        for (int i = 0; i < columns.size(); i++) {
            Block.Column column = columns.get(i);
            JRDesignParameter parameter = new JRDesignParameter();
            parameter.setName("H" + i);
            parameter.setValueClass(String.class);
            design.addParameter(parameter);
            field(design, "c" + i);
            JRDesignTextField heading = cell(style, x, column.weight(), HEAD, "$P{H" + i + "}", HorizontalTextAlignEnum.CENTER);
            heading.setBold(true);
            head.addElement(heading);
            JRDesignTextField figure = cell(style, x, column.weight(), ROW, "$F{c" + i + "}", align(column.align()));
            if (column.align() == 'R') {
                // a figure wider than its column, once the names gave what they could (IndicatorTable), is set
                // smaller, never broken over two lines
                figure.setTextAdjust(TextAdjustEnum.SCALE_FONT);
            }
            row.addElement(figure);
            x += column.weight();
        }
        design.setColumnHeader(head);
        JRDesignBand detail = new JRDesignBand();
        detail.setHeight(2 * ROW);
        detail.setSplitType(SplitTypeEnum.PREVENT);
        JRDesignTextField group = cell(style, 0, width, ROW, "$F{group}", HorizontalTextAlignEnum.LEFT);
        group.setStretchType(StretchTypeEnum.NO_STRETCH);
        group.setBold(true);
        group.setItalic(true);
        group.setRemoveLineWhenBlank(true);
        group.setPrintWhenExpression(new JRDesignExpression("$F{group} != null"));
        detail.addElement(group);
        detail.addElement(row);
        ((JRDesignSection) design.getDetailSection()).addBand(detail);
        return design;
    }

    private static void field(JasperDesign design, String name) throws JRException {
        JRDesignField field = new JRDesignField();
        field.setName(name);
        field.setValueClass(String.class);
        design.addField(field);
    }

    private static JRDesignTextField cell(JRDesignStyle style, int x, int width, int height, String expression,
            HorizontalTextAlignEnum align) {
        JRDesignTextField cell = new JRDesignTextField();
        cell.setStyle(style);
        cell.setX(x);
        cell.setY(0);
        cell.setWidth(width);
        cell.setHeight(height);
        cell.setStretchType(StretchTypeEnum.CONTAINER_HEIGHT);
        cell.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
        cell.setBlankWhenNull(true);
        cell.setHorizontalTextAlign(align);
        cell.setVerticalTextAlign(VerticalTextAlignEnum.MIDDLE);
        cell.getLineBox().getPen().setLineWidth(0.5f);
        cell.getLineBox().setTopPadding(2);
        cell.getLineBox().setBottomPadding(2);
        cell.getLineBox().setLeftPadding(3);
        cell.getLineBox().setRightPadding(3);
        cell.setExpression(new JRDesignExpression(expression));
        return cell;
    }

    private static HorizontalTextAlignEnum align(char align) {
        return switch (align) {
            case 'R' -> HorizontalTextAlignEnum.RIGHT;
            case 'C' -> HorizontalTextAlignEnum.CENTER;
            default -> HorizontalTextAlignEnum.LEFT;
        };
    }
}
