package kg.tereze.shared.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Set;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrueTypeTablesTest {

	static byte[] liberation() throws IOException {
		try (InputStream in = TrueTypeTablesTest.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
			return in.readAllBytes();
		}
	}

	@Test
	void theFontLosesOnlyTheNamedTableAndKeepsEveryKyrgyzLetter() throws IOException {
		byte[] original = liberation();
		byte[] lean = TrueTypeTables.without(original, Set.of("GSUB"));
		TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
		TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(lean));
		assertThat(before.getTableMap()).containsKey("GSUB");
		assertThat(after.getTableMap()).doesNotContainKey("GSUB");
		assertThat(after.getTableMap().keySet()).hasSize(before.getTableMap().size() - 1);
		for (char letter : "ҢңӨөҮүЖжАаZz".toCharArray()) {
			assertThat(after.getUnicodeCmapLookup().getGlyphId(letter)).as("glyph of " + letter)
				.isEqualTo(before.getUnicodeCmapLookup().getGlyphId(letter)).isPositive();
		}
		assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
	}

	@Test
	void theWholeFileSumsToTheMagicNumberAsTheFormatRequires() throws IOException {
		ByteBuffer lean = ByteBuffer.wrap(TrueTypeTables.without(liberation(), Set.of("GSUB")));
		long sum = 0;
		for (int i = 0; i < lean.capacity(); i += 4) {
			sum += Integer.toUnsignedLong(lean.getInt(i));
		}
		assertThat(sum & 0xFFFFFFFFL).isEqualTo(0xB1B0AFBAL);
	}

	@Test
	void aFileThatIsNotAFontIsRefused() {
		byte[] broken = new byte[28];
		ByteBuffer.wrap(broken).putInt(0x00010000).putShort((short) 1).position(12);
		ByteBuffer.wrap(broken).put(12, "head".getBytes()).putInt(20, 4000).putInt(24, 10);
		assertThatThrownBy(() -> TrueTypeTables.without(broken, Set.of())).isInstanceOf(IllegalArgumentException.class);
	}
}
