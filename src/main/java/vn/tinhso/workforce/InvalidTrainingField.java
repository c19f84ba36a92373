package vn.tinhso.workforce;

/**
 * A draft that bean validation cannot judge alone (an unknown commune, an end before the start). An
 * {@link IllegalArgumentException} so the API answers 400; the message starts with the field's name.
 */
public class InvalidTrainingField extends IllegalArgumentException {

    private final String field;

    public InvalidTrainingField(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
