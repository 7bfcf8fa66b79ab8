public enum EscalationPlaceholder {}
