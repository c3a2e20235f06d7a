package kg.tereze.municipality;

import kg.tereze.municipality.internal.ReferenceCounterStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers that people read and quote: certificates, applications, receipts. Per municipality,
 * series and year, without gaps: the number is taken in the caller's transaction (which must
 * exist), so if the document is not issued after all, the number is not used up.
 */
@Service
public class ReferenceNumbers {

	/** A number and how it is printed. */
	public record ReferenceNumber(String municipalityCode, String series, int year, int number) {

		/** {@code KAR-2026-000123}; the series is not printed (the document type says it). */
		public String text() {
			return String.format("%s-%d-%06d", municipalityCode, year, number);
		}
	}

	private final ReferenceCounterStore counters;

	private final Municipalities municipalities;

	ReferenceNumbers(ReferenceCounterStore counters, Municipalities municipalities) {
		this.counters = counters;
		this.municipalities = municipalities;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public ReferenceNumber next(long municipalityId, String series, int year) {
		Municipality municipality = municipalities.require(municipalityId);
		int number = counters.next(municipalityId, series, year);
		return new ReferenceNumber(municipality.code(), series, year, number);
	}
}
