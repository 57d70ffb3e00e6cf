package fr.orienta.registry;

import java.util.List;

/**
 * One page of people and the total count matching the filters.
 *
 * @param items the people of this page
 * @param total how many match in all
 * @param page zero-based page number
 * @param size page size
 */
public record PersonPage(List<PersonDetail> items, long total, int page, int size) {}
