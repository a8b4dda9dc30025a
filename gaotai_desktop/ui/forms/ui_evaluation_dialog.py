# Generated from forms/evaluation_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from gaotai_desktop.ui.widgets.date_edit import DateEdit

class Ui_EvaluationDialog(object):
    def setupUi(self, EvaluationDialog):
        if not EvaluationDialog.objectName():
            EvaluationDialog.setObjectName(u"EvaluationDialog")
        EvaluationDialog.resize(600, 400)
        self.mainLayout = QVBoxLayout(EvaluationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.warningLabel = QLabel(EvaluationDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.warningLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.evaluatedOnLabel = QLabel(EvaluationDialog)
        self.evaluatedOnLabel.setObjectName(u"evaluatedOnLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.evaluatedOnLabel)

        self.evaluatedOnEdit = DateEdit(EvaluationDialog)
        self.evaluatedOnEdit.setObjectName(u"evaluatedOnEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.evaluatedOnEdit)

        self.resultLabel = QLabel(EvaluationDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultLayout = QHBoxLayout()
        self.resultLayout.setObjectName(u"resultLayout")
        self.effectiveRadio = QRadioButton(EvaluationDialog)
        self.effectiveRadio.setObjectName(u"effectiveRadio")

        self.resultLayout.addWidget(self.effectiveRadio)

        self.ineffectiveRadio = QRadioButton(EvaluationDialog)
        self.ineffectiveRadio.setObjectName(u"ineffectiveRadio")

        self.resultLayout.addWidget(self.ineffectiveRadio)

        self.resultSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultLayout.addItem(self.resultSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.resultLayout)

        self.noteLabel = QLabel(EvaluationDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(EvaluationDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.noteEdit.setMinimumSize(QSize(0, 90))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.newDueLabel = QLabel(EvaluationDialog)
        self.newDueLabel.setObjectName(u"newDueLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.newDueLabel)

        self.newDueLayout = QVBoxLayout()
        self.newDueLayout.setSpacing(2)
        self.newDueLayout.setObjectName(u"newDueLayout")
        self.newDueEdit = DateEdit(EvaluationDialog)
        self.newDueEdit.setObjectName(u"newDueEdit")

        self.newDueLayout.addWidget(self.newDueEdit)

        self.newDueHint = QLabel(EvaluationDialog)
        self.newDueHint.setObjectName(u"newDueHint")
        self.newDueHint.setWordWrap(True)

        self.newDueLayout.addWidget(self.newDueHint)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.newDueLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(EvaluationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.evaluatedOnLabel.setBuddy(self.evaluatedOnEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.newDueLabel.setBuddy(self.newDueEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.evaluatedOnEdit, self.effectiveRadio)
        QWidget.setTabOrder(self.effectiveRadio, self.ineffectiveRadio)
        QWidget.setTabOrder(self.ineffectiveRadio, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.newDueEdit)

        self.retranslateUi(EvaluationDialog)

        QMetaObject.connectSlotsByName(EvaluationDialog)
    # setupUi

    def retranslateUi(self, EvaluationDialog):
        EvaluationDialog.setWindowTitle(QCoreApplication.translate("EvaluationDialog", u"\u6548\u679c\u8bc4\u4f30", None))
        self.evaluatedOnLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u8bc4\u4f30\u65e5\u671f(&T)*", None))
        self.resultLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u8bc4\u4f30\u7ed3\u8bba*", None))
        self.effectiveRadio.setText(QCoreApplication.translate("EvaluationDialog", u"\u6574\u6539\u6709\u6548\uff0c\u529e\u7ed3(&E)", None))
        self.ineffectiveRadio.setText(QCoreApplication.translate("EvaluationDialog", u"\u6574\u6539\u672a\u89c1\u6210\u6548\uff0c\u91cd\u65b0\u6574\u6539(&N)", None))
        self.noteLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u8bc4\u4f30\u610f\u89c1(&O)", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("EvaluationDialog", u"\u4f8b\u5982\uff1a\u811a\u624b\u67b6\u9632\u62a4\u4ecd\u672a\u6574\u6539\u5230\u4f4d", None))
        self.newDueLabel.setText(QCoreApplication.translate("EvaluationDialog", u"\u65b0\u7684\u6574\u6539\u671f\u9650(&D)", None))
        self.newDueHint.setText(QCoreApplication.translate("EvaluationDialog", u"\u4e0d\u586b\uff1a\u6309\u8be5\u7ea7\u9884\u8b66\u7684\u671f\u9650\u81ea\u8bc4\u4f30\u65e5\u8d77\u91cd\u65b0\u8ba1\u7b97\uff08\u9022\u8282\u5047\u65e5\u987a\u5ef6\uff09\u3002", None))
    # retranslateUi
