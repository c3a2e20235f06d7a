package kg.tereze.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.web.util.HtmlUtils;

/** QR codes as black-and-white PNG, {@value #SCALE} pixels a module, so that printers and viewers keep the edges sharp. */
public final class QrCodes {

	private static final int SCALE = 6;

	private QrCodes() {
	}

	public static byte[] png(String text) {
		try {
			BitMatrix m = matrix(text, null);
			BufferedImage image = new BufferedImage(m.getWidth() * SCALE, m.getHeight() * SCALE, BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					image.setRGB(x, y, m.get(x / SCALE, y / SCALE) ? 0xFF000000 : 0xFFFFFFFF);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The dark and light modules of a QR code, quiet zone included, for drawing it as vector boxes. */
	public record Modules(int size, boolean[] dark) {

		public boolean dark(int x, int y) {
			return dark[y * size + x];
		}
	}

	/** The element that {@link PdfRenderer} draws as a vector QR code: sharp at any zoom, and no image to encode. */
	public static final String PDF_TYPE = "application/x-tereze-qr";

	/**
	 * Trying all eight masks and scoring each took a fifth of a certificate's time. Every mask is valid
	 * and scanners read them all; the scoring only avoids unlucky patterns, which the signature's random
	 * bytes make as unlikely under one mask as under another.
	 */
	public static Modules modules(String text) {
		BitMatrix m = matrix(text, 0);
		boolean[] dark = new boolean[m.getWidth() * m.getHeight()];
		for (int y = 0; y < m.getHeight(); y++) {
			for (int x = 0; x < m.getWidth(); x++) {
				dark[y * m.getWidth() + x] = m.get(x, y);
			}
		}
		return new Modules(m.getWidth(), dark);
	}

	/** A QR code for a page rendered by {@link PdfRenderer}; CSS on {@code cssClass} gives its size. */
	public static String pdfElement(String text, String cssClass) {
		return "<object type=\"" + PDF_TYPE + "\" class=\"" + cssClass + "\" data-text=\""
				+ HtmlUtils.htmlEscape(text, "UTF-8") + "\"></object>";
	}

	private static BitMatrix matrix(String text, Integer mask) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.MARGIN, 2);
		if (mask != null) {
			hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
		}
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("text too long for a QR code", e);
		}
	}

	public static String dataUri(String text) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
	}
}
