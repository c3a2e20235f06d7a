package kg.tereze.appeals.internal;

import java.util.ArrayList;
import java.util.List;

import kg.tereze.messaging.MediaFiles;
import kg.tereze.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report filed with photos uploaded through the public form: the photos and the report are kept in
 * one transaction, so a refused photo or a refused report leaves neither behind.
 */
@Service
public class ReportPhotos {

	private final ProblemReports reports;

	private final MediaFiles media;

	ReportPhotos(ProblemReports reports, MediaFiles media) {
		this.reports = reports;
		this.media = media;
	}

	@Transactional
	public ProblemReport file(long municipalityId, NewReport r, List<byte[]> photos) {
		if (photos.size() > ProblemReports.MAX_PHOTOS) {
			throw new InvalidInputException("photos", "appeals.error.photos", ProblemReports.MAX_PHOTOS);
		}
		List<String> codes = new ArrayList<>(r.photos());
		for (byte[] photo : photos) {
			codes.add(media.acceptPhoto(municipalityId, photo));
		}
		return reports.file(municipalityId, new NewReport(r.categoryCode(), r.description(), r.latitude(), r.longitude(),
				r.villageId(), r.address(), r.reporterName(), r.reporterPhone(), r.reporterEmail(), codes, r.source(),
				r.threadId(), r.submissionKey()), null);
	}
}
