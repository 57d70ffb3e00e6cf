/**
 * The general practitioners of the territory (identified by their RPPS number), where they
 * practise, their age and retirement risk, and — in later issues — their capacity survey.
 */
package fr.orienta.doctors;
