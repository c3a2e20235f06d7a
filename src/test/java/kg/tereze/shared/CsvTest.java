package kg.tereze.shared;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		List<List<String>> rows = Csv.read(new StringReader("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n"));
		assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("1", "x, y", "say \"hi\""),
				List.of("2", "two\nlines", ""));
	}

	@Test
	void lastLineWithoutNewline() {
		assertThat(Csv.read(new StringReader("a,b\n1,2"))).containsExactly(List.of("a", "b"), List.of("1", "2"));
	}
}
