package kg.tereze.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * What the QR codes printed in a PDF say, read back as a phone would read them: each page is printed
 * to an image at 150 dpi and every code on it is decoded, top to bottom, left to right.
 */
public final class QrInPdf {

	private QrInPdf() {
	}

	public static List<String> texts(byte[] pdf) {
		List<String> texts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				texts.addAll(decode(renderer.renderImageWithDPI(i, 150, ImageType.GRAY)));
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return texts;
	}

	public static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> decode(BufferedImage page) {
		try {
			Result[] found = new QRCodeMultiReader().decodeMultiple(
					new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
					Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
			return java.util.Arrays.stream(found)
				.sorted(Comparator.<Result>comparingDouble(r -> r.getResultPoints()[0].getY())
					.thenComparingDouble(r -> r.getResultPoints()[0].getX()))
				.map(Result::getText).toList();
		}
		catch (NotFoundException e) {
			return List.of();
		}
	}
}
