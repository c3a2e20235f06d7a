/**
 * The single window: the catalog of services a municipality offers at its desk, the queue of
 * visitors (a ticket on arrival, called by a clerk, served when the certificate is issued or the
 * application registered), applications that take days with their deadlines, and the head's
 * dashboard of how long people wait.
 */
package kg.tereze.frontdesk;
