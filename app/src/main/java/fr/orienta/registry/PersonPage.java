package fr.orienta.registry;

import java.util.List;

/**
 * One page of people and how many match the filters, counted up to {@link
 * RegistryService#COUNT_CAP}: beyond, a list is to be narrowed, not read, and counting a million
 * rows on every page would cost more than the page.
 *
 * @param items the people of this page
 * @param total how many match in all, or the cap when {@code more} is set
 * @param more more people match than {@code total} says
 * @param page zero-based page number
 * @param size page size
 */
public record PersonPage(List<PersonDetail> items, long total, boolean more, int page, int size) {}
