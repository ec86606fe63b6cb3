package vn.coordreport.api;

/** An id or code that names nothing: answered 404. */
class NotFound extends RuntimeException {

    NotFound(String message) {
        super(message);
    }
}
