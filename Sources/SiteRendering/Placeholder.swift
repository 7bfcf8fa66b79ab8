public enum SRPlaceholder {}
