/**
 * Imports of patient listings: import jobs, adapter registry, error reports. This first part is the
 * plain-Java core that any job builds on: {@link fr.orienta.imports.TabularFile} decodes an
 * uploaded CSV or XLSX file whatever its encoding and delimiter, {@link
 * fr.orienta.imports.HeaderMapping} ties its columns to the fields of a {@link
 * fr.orienta.spi.PatientSource}, and {@link fr.orienta.imports.ErrorReport} gives the coordinator
 * the rejected rows back as a spreadsheet. The capability's Jakarta Batch job and service come
 * later and stay thin over these classes, which need no container to be tested.
 */
package fr.orienta.imports;
