import PolicyGuideCLI

PolicyGuideCommand.main()
