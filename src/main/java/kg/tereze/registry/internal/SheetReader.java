package kg.tereze.registry.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kg.tereze.shared.Csv;
import kg.tereze.shared.InvalidInputException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the household book from XLSX or CSV (UTF-8) into rows of named columns. A file that is not
 * a spreadsheet, is not UTF-8, lacks a required column or is too large is refused as a whole.
 */
@Component
public class SheetReader {

	public static final int MAX_ROWS = 200_000;

	public static final int MAX_BYTES = 30 * 1024 * 1024;

	/** A data row and its number as the user sees it in the spreadsheet (the header is row 1). */
	public record SheetRow(int number, Map<RegisterColumn, String> values) {

		public String get(RegisterColumn column) {
			String v = values.get(column);
			return v == null || v.isBlank() ? null : v.trim();
		}
	}

	private static final List<RegisterColumn> REQUIRED = List.of(RegisterColumn.BOOK_NUMBER, RegisterColumn.VILLAGE,
			RegisterColumn.RELATION, RegisterColumn.SURNAME, RegisterColumn.GIVEN_NAME, RegisterColumn.BIRTH_DATE, RegisterColumn.SEX);

	private final MessageSource messages;

	SheetReader(MessageSource messages) {
		this.messages = messages;
	}

	public List<SheetRow> read(String fileName, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new InvalidInputException("file", "registry.import.error.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new InvalidInputException("file", "registry.import.error.tooLarge");
		}
		boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
		List<List<String>> cells = zip ? xlsx(bytes) : csv(bytes);
		if (cells.isEmpty()) {
			throw new InvalidInputException("file", "registry.import.error.empty");
		}
		if (cells.size() - 1 > MAX_ROWS) {
			throw new InvalidInputException("file", "registry.import.error.tooManyRows", MAX_ROWS);
		}
		List<String> header = cells.get(0);
		Map<Integer, RegisterColumn> columns = new java.util.HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			int index = i;
			RegisterColumn.ofHeader(header.get(i), messages).ifPresent(c -> columns.put(index, c));
		}
		List<String> missing = REQUIRED.stream().filter(c -> !columns.containsValue(c)).map(RegisterColumn::name).toList();
		if (!missing.isEmpty()) {
			throw new InvalidInputException("file", "registry.import.error.columns", String.join(", ", missing));
		}
		List<SheetRow> rows = new ArrayList<>(cells.size());
		for (int r = 1; r < cells.size(); r++) {
			List<String> line = cells.get(r);
			if (line.stream().allMatch(v -> v == null || v.isBlank())) {
				continue;
			}
			Map<RegisterColumn, String> values = new EnumMap<>(RegisterColumn.class);
			columns.forEach((i, c) -> values.put(c, i < line.size() ? line.get(i) : null));
			rows.add(new SheetRow(r + 1, values));
		}
		return rows;
	}

	private static List<List<String>> csv(byte[] bytes) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new InvalidInputException("file", "registry.import.error.encoding");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.indexOf('\u0000') >= 0) {
			throw new InvalidInputException("file", "registry.import.error.format");
		}
		String firstLine = text.lines().findFirst().orElse("");
		if (firstLine.contains(";") && !firstLine.contains(",")) {
			text = text.replace(';', ',');
		}
		return Csv.read(new StringReader(text));
	}

	private static List<List<String>> xlsx(byte[] bytes) {
		DataFormatter formatter = new DataFormatter();
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = book.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS + 1) {
				throw new InvalidInputException("file", "registry.import.error.tooManyRows", MAX_ROWS);
			}
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					values.add(text(row.getCell(c), formatter));
				}
				while (rows.size() < row.getRowNum()) {
					rows.add(List.of());
				}
				rows.add(values);
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("file", "registry.import.error.format");
		}
	}

	/** Dates typed as dates come out as yyyy-MM-dd; everything else as the user sees it. */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
		}
		if (cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == Math.rint(cell.getNumericCellValue())
				&& Math.abs(cell.getNumericCellValue()) < 1e15) {
			// a PIN typed into a number cell: 14 digits, never 2.21E+13
			return Long.toString((long) cell.getNumericCellValue());
		}
		return formatter.formatCellValue(cell);
	}
}
