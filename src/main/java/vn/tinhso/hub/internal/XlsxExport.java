package vn.tinhso.hub.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;


/**
 * A workbench result as an XLSX sheet: a header row, numbers as numbers, everything else as text cells. A text cell is
 * never a formula, whatever it starts with, so opening the file runs nothing.
 */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static byte[] of(SqlResult result) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("query");
            Row header = sheet.createRow(0);
            for (int i = 0; i < result.columns().size(); i++) header.createCell(i).setCellValue(result.columns().get(i).name());
            int r = 1;
            for (List<Object> values : result.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) continue;
                    if (v instanceof Number n) row.createCell(i).setCellValue(n.doubleValue());
                    else if (v instanceof Boolean b) row.createCell(i).setCellValue(b);
                    else row.createCell(i).setCellValue(v.toString());
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
