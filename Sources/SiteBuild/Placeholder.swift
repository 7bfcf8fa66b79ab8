public enum SBPlaceholder {}
