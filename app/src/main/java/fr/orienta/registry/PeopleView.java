package fr.orienta.registry;

import fr.orienta.plugins.PluginRegistry;
import fr.orienta.security.CurrentUser;
import fr.orienta.spi.PatientSource;
import fr.orienta.territory.TenantService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The registry list: one page of people at a time, filtered and sorted by the database, so that it
 * stays quick at a million people.
 */
@Named
@ViewScoped
public class PeopleView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient RegistryService registry;

  @Inject transient PluginRegistry plugins;

  @Inject transient TenantService tenants;

  @Inject transient CurrentUser user;

  private String name;
  private PersonStatus status;
  private Boolean ald;
  private Boolean css;
  private PersonFilter.AgeBand ageBand;
  private String inseeCode;
  private String source;
  private LocalDate addedFrom;
  private LocalDate addedTo;
  private Integer minPriority;

  private List<SelectItem> communeOptions = List.of();
  private boolean more;
  private final People people = new People();

  @PostConstruct
  void init() {
    communeOptions =
        tenants.communesOf(user.getTenantCode()).stream()
            .map(c -> new SelectItem(c.inseeCode(), c.name()))
            .toList();
  }

  /** The lazy model of the table; the count comes with each page, in the same service call. */
  public class People extends LazyDataModel<PersonDetail> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      // Zero tells PrimeFaces the count is set by load().
      return 0;
    }

    @Override
    public List<PersonDetail> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      PersonFilter.Sort sort = PersonFilter.Sort.PRIORITY;
      boolean ascending = false;
      for (SortMeta meta : sortBy.values()) {
        // Sortable columns are given the id of their sort, e.g. registry:people:NAME.
        String key = meta.getColumnKey();
        sort = PersonFilter.Sort.valueOf(key.substring(key.lastIndexOf(':') + 1));
        ascending = meta.getOrder() == SortOrder.ASCENDING;
      }
      PersonPage page = registry.list(filter(), first / pageSize, pageSize, sort, ascending);
      setRowCount((int) page.total());
      more = page.more();
      return page.items();
    }
  }

  private PersonFilter filter() {
    return new PersonFilter(
        name, status, ald, css, ageBand, inseeCode, source, addedFrom, addedTo, minPriority);
  }

  public void reset() {
    name = null;
    status = null;
    ald = null;
    css = null;
    ageBand = null;
    inseeCode = null;
    source = null;
    addedFrom = null;
    addedTo = null;
    minPriority = null;
  }

  /** More people match than the table counts: the filters should be narrowed. */
  public boolean isMore() {
    return more;
  }

  public int getCountCap() {
    return RegistryService.COUNT_CAP;
  }

  public People getPeople() {
    return people;
  }

  public List<SelectItem> getCommuneOptions() {
    return communeOptions;
  }

  /** Sources a person can come from: the adapters in service, manual entry and reports. */
  public List<String> getSources() {
    List<String> sources = new ArrayList<>();
    plugins.patientSources().stream().map(PatientSource::id).forEach(sources::add);
    sources.add(Intake.MANUAL_SOURCE);
    sources.add(Intake.REPORT_SOURCE);
    return sources;
  }

  public PersonStatus[] getStatuses() {
    return PersonStatus.listed().toArray(PersonStatus[]::new);
  }

  public PersonFilter.AgeBand[] getAgeBands() {
    return PersonFilter.AgeBand.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public PersonStatus getStatus() {
    return status;
  }

  public void setStatus(PersonStatus status) {
    this.status = status;
  }

  public Boolean getAld() {
    return ald;
  }

  public void setAld(Boolean ald) {
    this.ald = ald;
  }

  public Boolean getCss() {
    return css;
  }

  public void setCss(Boolean css) {
    this.css = css;
  }

  public PersonFilter.AgeBand getAgeBand() {
    return ageBand;
  }

  public void setAgeBand(PersonFilter.AgeBand ageBand) {
    this.ageBand = ageBand;
  }

  public String getInseeCode() {
    return inseeCode;
  }

  public void setInseeCode(String inseeCode) {
    this.inseeCode = inseeCode;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public LocalDate getAddedFrom() {
    return addedFrom;
  }

  public void setAddedFrom(LocalDate addedFrom) {
    this.addedFrom = addedFrom;
  }

  public LocalDate getAddedTo() {
    return addedTo;
  }

  public void setAddedTo(LocalDate addedTo) {
    this.addedTo = addedTo;
  }

  public Integer getMinPriority() {
    return minPriority;
  }

  public void setMinPriority(Integer minPriority) {
    this.minPriority = minPriority;
  }
}
