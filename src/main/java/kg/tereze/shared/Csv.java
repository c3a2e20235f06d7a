package kg.tereze.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
public final class Csv {

	private Csv() {
	}

	public static List<List<String>> read(Reader source) {
		return read(source, ',');
	}

	/** As {@link #read(Reader)}, with another separator: registries from banks and agents often use {@code ;}. */
	public static List<List<String>> read(Reader source, char separator) {
		try (BufferedReader in = new BufferedReader(source)) {
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			int c;
			while ((c = in.read()) != -1) {
				char ch = (char) c;
				if (quoted) {
					if (ch == '"') {
						in.mark(1);
						int next = in.read();
						if (next == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							if (next != -1) {
								in.reset();
							}
						}
					}
					else {
						field.append(ch);
					}
				}
				else if (ch == '"') {
					quoted = true;
				}
				else if (ch == separator) {
					row.add(field.toString());
					field.setLength(0);
				}
				else if (ch == '\n') {
					row.add(field.toString());
					field.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
				}
				else if (ch != '\r') {
					field.append(ch);
				}
			}
			if (field.length() > 0 || !row.isEmpty()) {
				row.add(field.toString());
				rows.add(row);
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
