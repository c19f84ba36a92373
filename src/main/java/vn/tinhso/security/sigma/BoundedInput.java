package vn.tinhso.security.sigma;

/**
 * Gives a regular expression a budget of character reads: a rule's backtracking pattern then gives up on a hostile
 * value instead of holding the pipeline (java.util.regex is not linear-time, and RE2/J is not a dependency).
 */
final class BoundedInput implements CharSequence {

    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("regular expression budget exhausted", null, false, false);
        }
    }

    private final CharSequence s;
    private final int[] budget;

    BoundedInput(CharSequence s, int budget) {
        this(s, new int[] {budget});
    }

    private BoundedInput(CharSequence s, int[] budget) {
        this.s = s;
        this.budget = budget;
    }

    @Override
    public int length() {
        return s.length();
    }

    @Override
    public char charAt(int index) {
        if (--budget[0] < 0) {
            throw new Exhausted();
        }
        return s.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedInput(s.subSequence(start, end), budget);
    }

    @Override
    public String toString() {
        return s.toString();
    }
}
