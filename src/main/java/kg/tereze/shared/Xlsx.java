package kg.tereze.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a list as an XLSX sheet, streaming, so that a long list does not fill the memory. */
public final class Xlsx {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Xlsx() {
	}

	/**
	 * Makes the response an .xlsx download named {@code fileName} and answers where to write it: every
	 * list's export goes out the same way.
	 */
	public static OutputStream attachment(HttpServletResponse response, String fileName) throws IOException {
		response.setContentType(CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
		return response.getOutputStream();
	}

	public static <T> void write(OutputStream out, String sheetName, List<String> headers, Iterable<T> rows,
			Function<T, List<Object>> cells) {
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			Sheet sheet = book.createSheet(sheetName);
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				head.createCell(i).setCellValue(headers.get(i));
				head.getCell(i).setCellStyle(bold);
			}
			int r = 1;
			for (T item : rows) {
				Row row = sheet.createRow(r++);
				List<Object> values = cells.apply(item);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					if (value instanceof Number n) {
						row.createCell(i).setCellValue(n.doubleValue());
					}
					else {
						row.createCell(i).setCellValue(value == null ? "" : value.toString());
					}
				}
			}
			book.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
