package kg.tereze.shared.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a TrueType font without some of its tables. The PDF library applies a font's glyph
 * substitutions (GSUB: ligatures) by compiling regular expressions for every run of text, which took a
 * third of the time of a certificate; documents in Kyrgyz and Russian need none of them.
 */
public final class TrueTypeTables {

	private TrueTypeTables() {
	}

	private record Table(String tag, long checksum, byte[] data) {
	}

	public static byte[] without(byte[] font, Set<String> dropped) {
		ByteBuffer in = ByteBuffer.wrap(font);
		int version = in.getInt(0);
		int count = Short.toUnsignedInt(in.getShort(4));
		List<Table> kept = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int at = 12 + 16 * i;
			String tag = new String(font, at, 4, StandardCharsets.US_ASCII);
			long checksum = Integer.toUnsignedLong(in.getInt(at + 4));
			int offset = in.getInt(at + 8);
			int length = in.getInt(at + 12);
			if (offset < 0 || length < 0 || (long) offset + length > font.length) {
				throw new IllegalArgumentException("not a TrueType font: table " + tag + " lies outside the file");
			}
			if (!dropped.contains(tag)) {
				byte[] data = new byte[length];
				System.arraycopy(font, offset, data, 0, length);
				kept.add(new Table(tag, checksum, data));
			}
		}
		int n = kept.size();
		int size = 12 + 16 * n;
		for (Table t : kept) {
			size += padded(t.data().length);
		}
		ByteBuffer out = ByteBuffer.allocate(size);
		int power = Integer.highestOneBit(n);
		int log2 = Integer.numberOfTrailingZeros(power);
		out.putInt(version).putShort((short) n).putShort((short) (power * 16)).putShort((short) log2)
			.putShort((short) (n * 16 - power * 16));
		int offset = 12 + 16 * n;
		int headAt = -1;
		for (Table t : kept) {
			out.put(t.tag().getBytes(StandardCharsets.US_ASCII)).putInt((int) t.checksum()).putInt(offset)
				.putInt(t.data().length);
			if (t.tag().equals("head")) {
				headAt = offset;
			}
			offset += padded(t.data().length);
		}
		for (Table t : kept) {
			out.put(t.data());
			out.position(out.position() + padded(t.data().length) - t.data().length);
		}
		if (headAt >= 0) {
			// checkSumAdjustment: the whole file must sum to the magic number with it zeroed first
			out.putInt(headAt + 8, 0);
			long sum = 0;
			for (int i = 0; i < size; i += 4) {
				sum += Integer.toUnsignedLong(out.getInt(i));
			}
			out.putInt(headAt + 8, (int) (0xB1B0AFBAL - sum));
		}
		return out.array();
	}

	private static int padded(int length) {
		return (length + 3) & ~3;
	}
}
