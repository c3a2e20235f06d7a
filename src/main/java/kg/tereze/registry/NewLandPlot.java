package kg.tereze.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

public record NewLandPlot(String cadastralNumber, BigDecimal areaHa, LandKind kind, Tenure tenure, LocalDate since) {
}
