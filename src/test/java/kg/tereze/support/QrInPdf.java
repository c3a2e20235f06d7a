package kg.tereze.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** What the QR codes printed in a PDF say, page by page, read back as a phone would read them. */
public final class QrInPdf {

	private QrInPdf() {
	}

	public static List<String> texts(byte[] pdf) {
		List<String> texts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
						texts.add(decode(image.getImage()));
					}
				}
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

	private static String decode(BufferedImage image) {
		try {
			return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
				.getText();
		}
		catch (com.google.zxing.ChecksumException | com.google.zxing.FormatException | NotFoundException e) {
			throw new AssertionError("an image that is not a readable QR code", e);
		}
	}
}
