package kg.tereze.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an exported workbook back as text, to check what it holds. */
final class Xlsx {

	private Xlsx() {
	}

	static String text(byte[] bytes) {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			StringBuilder out = new StringBuilder();
			for (Row row : book.getSheetAt(0)) {
				for (Cell cell : row) {
					out.append(cell.toString()).append('\t');
				}
				out.append('\n');
			}
			return out.toString();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
