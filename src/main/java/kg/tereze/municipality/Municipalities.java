package kg.tereze.municipality;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.municipality.internal.MunicipalityRepository;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Latin;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipalities (tenants), their villages and enterprises. */
@Service
public class Municipalities {

	private final MunicipalityRepository repository;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Municipalities(MunicipalityRepository repository, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public List<Municipality> all() {
		return repository.all();
	}

	public Optional<Municipality> find(long id) {
		return repository.find(id);
	}

	public Municipality require(long id) {
		return repository.find(id).orElseThrow(() -> new NotFoundException("municipality"));
	}

	public Optional<Municipality> findBySoate(String soateCode) {
		return repository.findBySoate(soateCode);
	}

	/**
	 * The villages of a municipality, kept for a minute: every search and card shows village names,
	 * and villages change only when a municipality is activated.
	 */
	public List<Village> villages(long municipalityId) {
		CachedVillages cached = villages.get(municipalityId);
		long now = System.nanoTime();
		if (cached == null || cached.expiresAt() < now) {
			cached = new CachedVillages(repository.villages(municipalityId), now + 60_000_000_000L);
			villages.put(municipalityId, cached);
		}
		return cached.list();
	}

	private record CachedVillages(List<Village> list, long expiresAt) {
	}

	private final Map<Long, CachedVillages> villages = new ConcurrentHashMap<>();

	public List<Enterprise> enterprises(long municipalityId) {
		return repository.enterprises(municipalityId);
	}

	public Optional<Enterprise> enterprise(long id) {
		return repository.enterprise(id);
	}

	/** The municipality's enterprise; another's is not found. */
	public Optional<Enterprise> enterprise(long municipalityId, long id) {
		return repository.enterprise(municipalityId, id);
	}

	public Optional<Enterprise> enterpriseByCode(String code) {
		return repository.enterpriseByCode(code);
	}

	public Optional<SoateUnit> unit(String soateCode) {
		return repository.unit(soateCode);
	}

	public List<SoateUnit> searchUnits(String text, int limit) {
		return repository.searchEligible(text == null ? "" : text.trim(), limit);
	}

	/**
	 * Turns an aiyl aimak or town of the classifier into a municipality with its villages.
	 * {@code code} is the short prefix of its reference numbers, 2 to 8 Latin capitals.
	 */
	@Transactional
	public Municipality activate(String soateCode, String code) {
		SoateUnit unit = repository.unit(soateCode == null ? "" : soateCode.trim())
			.filter(SoateUnit::canBeMunicipality)
			.orElseThrow(() -> new InvalidInputException("soateCode", "municipality.error.soate"));
		if (repository.findBySoate(unit.code()).isPresent()) {
			throw new InvalidInputException("soateCode", "municipality.error.alreadyActive");
		}
		String prefix = code == null ? "" : code.trim();
		if (!prefix.matches("[A-Z]{2,8}")) {
			throw new InvalidInputException("code", "municipality.error.code");
		}
		if (repository.codeTaken(prefix)) {
			throw new InvalidInputException("code", "municipality.error.codeTaken");
		}
		long id = repository.insert(unit, prefix, nameOf(unit), clock.instant());
		repository.copyVillages(id, unit);
		villages.remove(id);
		Municipality municipality = require(id);
		audit.record(AuditRecord.created("municipality", id, id, municipality));
		events.publishEvent(new MunicipalityActivated(id, unit.code(), prefix));
		return municipality;
	}

	@Transactional
	public void setActive(long id, boolean active) {
		Municipality before = require(id);
		repository.setActive(id, active);
		audit.record(AuditRecord.updated("municipality", id, id, before, require(id)));
	}

	@Transactional
	public Enterprise registerEnterprise(long municipalityId, NewEnterprise enterprise) {
		require(municipalityId);
		enterprise.validate();
		if (repository.enterpriseByCode(enterprise.code()).isPresent()) {
			throw new InvalidInputException("code", "municipality.enterprise.error.codeTaken");
		}
		LocalizedName name = enterprise.name();
		if (name.en() == null || name.en().isBlank()) {
			name = new LocalizedName(name.ky(), name.ru(), Latin.of(name.ru()));
		}
		long id = repository.insertEnterprise(municipalityId, enterprise.code(), name, enterprise.kind(),
				enterprise.wholeDistrict(), clock.instant());
		Enterprise created = repository.enterprise(id).orElseThrow();
		audit.record(AuditRecord.created("enterprise", id, municipalityId, created));
		return created;
	}

	/** The executive body's name: "Кароол айыл өкмөтү" / "Кароолский айыл окмоту" / "Karool aiyl okmotu". */
	static LocalizedName nameOf(SoateUnit unit) {
		String shortRu = unit.shortRu();
		if (unit.isTown()) {
			return new LocalizedName(unit.name().ky(), "город " + shortRu, unit.name().en() + " town");
		}
		return new LocalizedName(shortRu + " айыл өкмөтү", unit.name().ru().replace("айылный аймак", "айыл окмоту"),
				unit.name().en().replace("aiyl aimak", "aiyl okmotu"));
	}
}
