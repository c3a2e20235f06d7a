package kg.tereze.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

public record LandPlot(long id, String cadastralNumber, BigDecimal areaHa, LandKind kind, Tenure tenure,
		LocalDate since, LocalDate until) {
}
