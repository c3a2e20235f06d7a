package kg.tereze.shared.internal;

import java.awt.Shape;
import java.util.HashMap;
import java.util.Map;

import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import kg.tereze.shared.QrCodes;
import org.w3c.dom.Element;

/**
 * Draws a QR code as filled rectangles: each run of dark modules in a row, grown downwards while the
 * rows below repeat it. An image had to be encoded as PNG, decoded again by the PDF library and
 * re-compressed: a third of the time of a certificate. Edges are rounded to whole device dots from the
 * same grid, so neighbouring rectangles meet without hairline gaps.
 */
public final class QrDrawer implements FSObjectDrawer {

	@Override
	public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height, OutputDevice out,
			RenderingContext ctx, int dotsPerPixel) {
		QrCodes.Modules qr = QrCodes.modules(e.getAttribute("data-text"));
		int n = qr.size();
		int[] edgeX = new int[n + 1];
		int[] edgeY = new int[n + 1];
		double cell = Math.min(width, height) / n;
		for (int i = 0; i <= n; i++) {
			edgeX[i] = (int) Math.round(x + i * cell);
			edgeY[i] = (int) Math.round(y + i * cell);
		}
		out.setColor(new FSRGBColor(0, 0, 0));
		// a run open since row "top", keyed by start * (n + 1) + end
		Map<Integer, Integer> open = new HashMap<>();
		for (int row = 0; row <= n; row++) {
			Map<Integer, Integer> next = new HashMap<>();
			int col = 0;
			while (row < n && col < n) {
				if (!qr.dark(col, row)) {
					col++;
					continue;
				}
				int start = col;
				while (col < n && qr.dark(col, row)) {
					col++;
				}
				int key = start * (n + 1) + col;
				Integer top = open.remove(key);
				next.put(key, top == null ? row : top);
			}
			for (Map.Entry<Integer, Integer> closed : open.entrySet()) {
				int start = closed.getKey() / (n + 1);
				int end = closed.getKey() % (n + 1);
				int top = closed.getValue();
				out.fillRect(edgeX[start], edgeY[top], edgeX[end] - edgeX[start], edgeY[row] - edgeY[top]);
			}
			open = next;
		}
		return null;
	}
}
