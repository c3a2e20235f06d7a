package kg.tereze.billing.internal;

/** How notices print: three to an A4 sheet to cut apart, or one per slip of an 80 mm receipt printer. */
public enum NoticeFormat {
	A4, RECEIPT_80MM
}
