# Generated from forms/sync_enroll_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_enroll_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SyncEnrollDialog(object):
    def setupUi(self, SyncEnrollDialog):
        if not SyncEnrollDialog.objectName():
            SyncEnrollDialog.setObjectName(u"SyncEnrollDialog")
        SyncEnrollDialog.resize(460, 520)
        self.mainLayout = QVBoxLayout(SyncEnrollDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SyncEnrollDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(SyncEnrollDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SyncEnrollDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(64)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.scopeGroup = QGroupBox(SyncEnrollDialog)
        self.scopeGroup.setObjectName(u"scopeGroup")
        self.scopeLayout = QVBoxLayout(self.scopeGroup)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.allRadio = QRadioButton(self.scopeGroup)
        self.allRadio.setObjectName(u"allRadio")
        self.allRadio.setChecked(True)

        self.scopeLayout.addWidget(self.allRadio)

        self.someRadio = QRadioButton(self.scopeGroup)
        self.someRadio.setObjectName(u"someRadio")

        self.scopeLayout.addWidget(self.someRadio)

        self.townshipList = QListWidget(self.scopeGroup)
        self.townshipList.setObjectName(u"townshipList")
        self.townshipList.setEnabled(False)

        self.scopeLayout.addWidget(self.townshipList)


        self.mainLayout.addWidget(self.scopeGroup)

        self.passphraseLayout = QFormLayout()
        self.passphraseLayout.setObjectName(u"passphraseLayout")
        self.passphraseLabel = QLabel(SyncEnrollDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(SyncEnrollDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.confirmLabel = QLabel(SyncEnrollDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.passphraseLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(SyncEnrollDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.mainLayout.addLayout(self.passphraseLayout)

        self.hintLabel = QLabel(SyncEnrollDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(SyncEnrollDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SyncEnrollDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.allRadio)
        QWidget.setTabOrder(self.allRadio, self.someRadio)
        QWidget.setTabOrder(self.someRadio, self.townshipList)
        QWidget.setTabOrder(self.townshipList, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.confirmEdit)

        self.retranslateUi(SyncEnrollDialog)

        QMetaObject.connectSlotsByName(SyncEnrollDialog)
    # setupUi

    def retranslateUi(self, SyncEnrollDialog):
        SyncEnrollDialog.setWindowTitle(QCoreApplication.translate("SyncEnrollDialog", u"\u767b\u8bb0\u5916\u51fa\u7b14\u8bb0\u672c", None))
        self.introLabel.setText(QCoreApplication.translate("SyncEnrollDialog", u"\u4e3a\u5916\u51fa\u4e0a\u95e8\u7684\u7b14\u8bb0\u672c\u5199\u51fa\u4e00\u4e2a\u7b7e\u51fa\u5305\uff08.gsync\uff09\uff1a\u7b14\u8bb0\u672c\u4e0a\u7528\u201c\u540c\u6b65 \u2192 \u7b7e\u51fa\u4e3a\u5916\u51fa\u7b14\u8bb0\u672c\u2026\u201d\u5bfc\u5165\u540e\uff0c\u5373\u53ef\u79bb\u7ebf\u767b\u8bb0\uff0c\u56de\u5230\u529e\u516c\u5ba4\u518d\u540c\u6b65\u3002", None))
        self.nameLabel.setText(QCoreApplication.translate("SyncEnrollDialog", u"\u7b14\u8bb0\u672c\u540d\u79f0(&N)\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SyncEnrollDialog", u"\u4f8b\u5982\uff1a\u5f20\u660e\u7684\u7b14\u8bb0\u672c", None))
        self.scopeGroup.setTitle(QCoreApplication.translate("SyncEnrollDialog", u"\u7b7e\u51fa\u7684\u8303\u56f4", None))
        self.allRadio.setText(QCoreApplication.translate("SyncEnrollDialog", u"\u5168\u53bf\u6240\u6709\u4e61\u9547\u7684\u4f01\u4e1a(&A)", None))
        self.someRadio.setText(QCoreApplication.translate("SyncEnrollDialog", u"\u53ea\u7b7e\u51fa\u52fe\u9009\u7684\u4e61\u9547\u7684\u4f01\u4e1a(&T)\uff1a", None))
        self.passphraseLabel.setText(QCoreApplication.translate("SyncEnrollDialog", u"\u540c\u6b65\u53e3\u4ee4(&P)\uff1a", None))
        self.confirmLabel.setText(QCoreApplication.translate("SyncEnrollDialog", u"\u518d\u8f93\u5165\u4e00\u6b21(&C)\uff1a", None))
        self.hintLabel.setText(QCoreApplication.translate("SyncEnrollDialog", u"\u540c\u6b65\u53e3\u4ee4\u52a0\u5bc6\u540c\u6b65\u5305\u5e76\u4fdd\u62a4\u529e\u516c\u5ba4\u7684\u540c\u6b65\u5bc6\u94a5\uff1a\u7b2c\u4e00\u6b21\u767b\u8bb0\u7b14\u8bb0\u672c\u65f6\u8bbe\u5b9a\uff0c\u4ee5\u540e\u767b\u8bb0\u7b14\u8bb0\u672c\u3001\u5bfc\u5165\u540c\u6b65\u5305\u90fd\u8981\u8f93\u5165\u540c\u4e00\u53e3\u4ee4\u3002\u8bf7\u5f53\u9762\u544a\u77e5\u5916\u51fa\u4eba\u5458\uff0c\u4e0d\u8981\u5199\u5728U\u76d8\u4e0a\u3002", None))
    # retranslateUi
