/**
 * Imports of patient listings. A plain-Java core needs no container to be tested: {@link
 * fr.orienta.imports.TabularFile} decodes an uploaded CSV or XLSX file whatever its encoding and
 * delimiter, {@link fr.orienta.imports.HeaderMapping} ties its columns to the fields of a {@link
 * fr.orienta.spi.PatientSource} (aliases, then the coordinator's saved answers, checked by {@link
 * fr.orienta.imports.MappingAnswers}), and {@link fr.orienta.imports.ErrorReport} gives the
 * rejected rows back as a spreadsheet. Over it: {@link fr.orienta.imports.ImportPreviewService}
 * stores an upload and previews it with a dry run through the registry, {@link
 * fr.orienta.imports.ImportService} saves mappings, runs the Jakarta Batch job chunk by chunk and
 * purges uploads never imported ({@link fr.orienta.imports.UploadPurge}), and the page and REST
 * resource stay thin over both.
 */
package fr.orienta.imports;
